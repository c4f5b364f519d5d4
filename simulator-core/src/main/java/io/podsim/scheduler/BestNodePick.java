package io.podsim.scheduler;

import java.util.Arrays;

/**
 * Picks the j-th best node of a {@link ScoreForest} in node order from a start, across its groups'
 * trees, as the scan's seeded draw among ties counts them.
 */
final class BestNodePick {
  /** Scratch: the groups holding best nodes and their best per-node totals. */
  private final int[] bestGroups;
  private final long[] bestLocal;

  BestNodePick(int groups) {
    bestGroups = new int[groups];
    bestLocal = new long[groups];
  }

  /** The j-th node (from 0) with the best total, counting in node order from {@code start} and wrapping. */
  int select(ScoreForest forest, int start, int j) {
    if (forest.trees().length == 1) {
      return forest.members(0)[forest.trees()[0].select(start, j)];
    }
    int candidates = groupsWithBest(forest);
    if (candidates == 1) {
      int g = bestGroups[0];
      return forest.members(g)[forest.trees()[g].select(leavesBelow(forest.members(g), start), j)];
    }
    int all = 0;
    for (int c = 0; c < candidates; c++) {
      all += forest.trees()[bestGroups[c]].bestCount();
    }
    int before = bestBelow(forest, start, candidates);
    int wanted = j < all - before ? before + j : j - (all - before);
    // the smallest node index n with more than `wanted` best nodes below n + 1
    int low = 0;
    int high = forest.nodeCount() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bestBelow(forest, mid + 1, candidates) > wanted) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Fills {@code bestGroups} and {@code bestLocal} with the groups holding best nodes and their best per-node totals. */
  private int groupsWithBest(ScoreForest forest) {
    long best = forest.bestTotal();
    int candidates = 0;
    for (int g = 0; g < forest.trees().length; g++) {
      long local = best - forest.groupScore(g);
      if (forest.isOpen(g) && forest.trees()[g].bestTotal() == local) {
        bestGroups[candidates] = g;
        bestLocal[candidates++] = local;
      }
    }
    return candidates;
  }

  /** Best nodes with an index below {@code end}, among the first {@code candidates} of {@code bestGroups}. */
  private int bestBelow(ScoreForest forest, int end, int candidates) {
    int count = 0;
    for (int c = 0; c < candidates; c++) {
      int g = bestGroups[c];
      count += forest.trees()[g].countBelow(leavesBelow(forest.members(g), end), bestLocal[c]);
    }
    return count;
  }

  /** How many of the sorted members are below {@code end}. */
  private static int leavesBelow(int[] sorted, int end) {
    int found = Arrays.binarySearch(sorted, end);
    return found >= 0 ? found : -found - 1;
  }
}
