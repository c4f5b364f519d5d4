/** Cluster specs: node pools expanded into nodes. */
package io.podsim.workloads.cluster;
