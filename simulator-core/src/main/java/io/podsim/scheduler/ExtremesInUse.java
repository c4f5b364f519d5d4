package io.podsim.scheduler;

/**
 * What the kept-answer tree normalized its per-node scores with: per score plugin the lowest and
 * highest raw score in use, and the nodes set with a raw score outside them (scored 0 until
 * normalized again). When extremes move, it finds the nodes whose normalized scores may change.
 */
final class ExtremesInUse {
  private final long[][] normalizedWith;
  private final NodeSet outOfRange;
  /** Scratch for collecting nodes to normalize again. */
  private final NodeSet picked;
  private final int[] leafScratch;

  ExtremesInUse(int nodes, int scorers) {
    normalizedWith = new long[scorers][];
    outOfRange = new NodeSet(nodes);
    picked = new NodeSet(nodes);
    leafScratch = new int[nodes];
  }

  /** Forgets every extreme and out-of-range node: every node is about to be set. */
  void reset() {
    outOfRange.clear();
    for (int s = 0; s < normalizedWith.length; s++) {
      normalizedWith[s] = new long[] {Long.MAX_VALUE, Long.MIN_VALUE};
    }
  }

  /** The lowest and highest raw score the plugin's per-node scores are normalized with. */
  long[] of(int scorer) {
    return normalizedWith[scorer];
  }

  /** Normalizes the plugin's per-node scores with these extremes from now on. */
  void use(int scorer, long[] extremes) {
    normalizedWith[scorer] = extremes;
  }

  /** Notes a node set with a raw score outside the extremes in use: it must be normalized again. */
  void noteOutOfRange(int node) {
    outOfRange.add(node);
  }

  /** Forgets the nodes set out of range: every node is about to be normalized again. */
  void forgetOutOfRange() {
    outOfRange.clear();
  }

  /**
   * The nodes whose normalized scores may change when the plugins' extremes move, in {@code out}
   * (returns how many): those set out of range, and per plugin {@code scorers[i]} the feasible
   * nodes of the groups' trees whose raw score is not {@code unmoved[i]}. Forgets the out-of-range ones.
   */
  int nodesToRenormalize(ScoreTree[] trees, int[][] members, int[] scorers, long[] unmoved, int plugins, int[] out) {
    for (int i = 0; i < outOfRange.size(); i++) {
      picked.add(outOfRange.get(i));
    }
    forgetOutOfRange();
    for (int g = 0; g < trees.length; g++) {
      for (int p = 0; p < plugins; p++) {
        int leaves = trees[g].collectRawNot(scorers[p], unmoved[p], leafScratch, 0);
        for (int i = 0; i < leaves; i++) {
          picked.add(members[g][leafScratch[i]]);
        }
      }
    }
    int count = picked.size();
    for (int i = 0; i < count; i++) {
      out[i] = picked.get(i);
    }
    picked.clear();
    return count;
  }
}
