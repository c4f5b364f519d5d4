package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Ranks one feasible node. Returns a raw score; unless the plugin also implements
 * {@link ScoreNormalizer}, the raw score must already lie in 0..{@link #MAX_NODE_SCORE}. Only the
 * framework applies the profile's weight. Hot path: allocate nothing.
 */
public interface ScorePlugin extends Plugin {
  /** The highest score a node can get from one plugin after normalization. */
  long MAX_NODE_SCORE = 100;

  long score(CycleState state, Pod pod, ClusterState cluster, int node);
}
