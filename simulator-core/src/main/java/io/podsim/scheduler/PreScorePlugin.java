package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Runs once per cycle after Filter with the feasible nodes ({@code nodes[0..count)}): compute
 * per-pod scoring data once. {@link Status#skip} skips this plugin's Score for the cycle.
 */
public interface PreScorePlugin extends Plugin {
  Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count);
}
