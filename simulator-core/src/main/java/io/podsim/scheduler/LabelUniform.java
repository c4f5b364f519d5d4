package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * A Filter or Score plugin whose answer, for some cycles, is the same on every node that shares a
 * value of one node label (and the same on every node without it). Asked after PreFilter (filter)
 * or PreScore (score): the label, or null when not so this cycle. The framework then asks one node
 * of each group and reuses the answer for the rest. A score plugin saying so must normalize from the
 * distinct raw scores alone: how many nodes share each must not matter. If its PreScore needs the
 * feasible nodes, it is then given one node of each group with feasible nodes, after the groups'
 * verdicts, so it may read of them only what the group shares; and it must be able to say whether it
 * skips before that ({@link PreScorePlugin#skipsWhateverTheNodes}), without PreScore state.
 */
public interface LabelUniform {
  default String filterUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    return null;
  }

  default String scoreUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    return null;
  }
}
