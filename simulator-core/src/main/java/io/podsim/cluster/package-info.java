/** The live cluster: nodes in primitive arrays, the pods placed on them, and pod runtime state. */
package io.podsim.cluster;
