package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/**
 * kube-scheduler's default normalization: scale so the node with the highest raw score gets the
 * maximum; reversed, the lowest raw score wins. It reads only the highest raw score, and a raw 0
 * scales to 0 (the maximum, reversed) whatever that is.
 */
public interface DefaultNormalizer extends ScoreNormalizer {
  /** True when fewer is better (TaintToleration counts untolerated taints). */
  boolean reversesScores();

  @Override
  default void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    long max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, scores[i]);
    }
    for (int i = 0; i < count; i++) {
      long scaled = max == 0 ? 0 : ScorePlugin.MAX_NODE_SCORE * scores[i] / max;
      scores[i] = reversesScores() ? ScorePlugin.MAX_NODE_SCORE - scaled : scaled;
    }
  }

  @Override
  default boolean normalizesByExtremes() {
    return true;
  }

  @Override
  default long unmovedRaw(long[] before, long[] after) {
    return 0;
  }
}
