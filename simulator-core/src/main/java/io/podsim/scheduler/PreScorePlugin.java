package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Runs once per cycle after Filter with the feasible nodes ({@code nodes[0..count)}): compute
 * per-pod scoring data once. {@link Status#skip} skips this plugin's Score for the cycle.
 */
public interface PreScorePlugin extends Plugin {
  Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count);

  /**
   * True when PreScore would Skip this pod whatever nodes are feasible, so the framework may choose
   * without listing them; false when that is not known without them.
   */
  default boolean skipsWhateverTheNodes(CycleState state, Pod pod, ClusterState cluster) {
    return false;
  }

  /** False when PreScore reads nothing of the feasible nodes, so it may be given none; node-local plugins read none. */
  default boolean needsFeasibleNodes() {
    return !(this instanceof NodeLocal);
  }
}
