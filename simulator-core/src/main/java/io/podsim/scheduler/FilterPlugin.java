package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Says whether a pod may run on one node. Called for each candidate node in the cycle's node
 * order, on the hot path: read the cluster's primitive arrays, allocate nothing, and return a
 * rejection status kept in a constant.
 */
public interface FilterPlugin extends Plugin {
  Status filter(CycleState state, Pod pod, ClusterState cluster, int node);
}
