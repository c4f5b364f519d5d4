package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/**
 * Maps a score plugin's raw scores for the feasible nodes ({@code scores[i]} belongs to node
 * {@code nodes[i]}, {@code i < count}) into 0..{@link ScorePlugin#MAX_NODE_SCORE}, in place.
 * Called once per cycle after every Score call.
 */
public interface ScoreNormalizer {
  /** {@link #unmovedRaw}'s answer when no raw score keeps its normalized score. */
  long NO_UNMOVED_RAW = Long.MIN_VALUE;

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
   * For a plugin that normalizes by extremes: a raw score whose normalized score is the same with
   * the extremes {@code before} as with {@code after} (each {lowest, highest}), or
   * {@link #NO_UNMOVED_RAW}. When the extremes move, nodes with that raw score need no new score:
   * most nodes, when most score the same.
   */
  default long unmovedRaw(long[] before, long[] after) {
    return NO_UNMOVED_RAW;
  }
}
