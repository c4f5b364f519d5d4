/** Values of the simulated world: quantities, resources, nodes, pods, taints and tolerations. */
package io.podsim.model;
