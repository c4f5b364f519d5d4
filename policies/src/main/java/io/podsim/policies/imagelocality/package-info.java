/** ImageLocality: prefer nodes that already hold the pod's container images. */
package io.podsim.policies.imagelocality;
