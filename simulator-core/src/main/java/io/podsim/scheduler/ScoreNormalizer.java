package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/**
 * Maps a score plugin's raw scores for the feasible nodes ({@code scores[i]} belongs to node
 * {@code nodes[i]}, {@code i < count}) into 0..{@link ScorePlugin#MAX_NODE_SCORE}, in place.
 * Called once per cycle after every Score call.
 */
public interface ScoreNormalizer {
  void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count);

  /**
   * True when a node's normalized score depends only on its raw score and on the lowest and highest
   * raw score among the feasible nodes (and not on the nodes or the cycle state): the framework may
   * then normalize one node at a time from kept extremes.
   */
  default boolean normalizesByExtremes() {
    return false;
  }

  /**
   * kube-scheduler's default normalization: scale so the best node gets the maximum; with
   * {@code reverse}, the lowest raw score wins.
   */
  static void defaultNormalize(long[] scores, int count, boolean reverse) {
    long max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, scores[i]);
    }
    for (int i = 0; i < count; i++) {
      long scaled = max == 0 ? 0 : ScorePlugin.MAX_NODE_SCORE * scores[i] / max;
      scores[i] = reverse ? ScorePlugin.MAX_NODE_SCORE - scaled : scaled;
    }
  }
}
