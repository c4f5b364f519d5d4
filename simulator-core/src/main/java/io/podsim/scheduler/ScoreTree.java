package io.podsim.scheduler;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Node answers for one pod shape (which filter rejected a node, or its scores), aggregated in a
 * segment tree over leaves in node order: the best weighted total, how many leaves share it, per
 * score plugin the best total without that plugin, and the lowest and highest raw (unnormalized)
 * score of each plugin over feasible leaves. Changing one leaf costs O(log leaves); the
 * best leaf, or the j-th of equally good ones in scan order, is found in O(log leaves).
 */
final class ScoreTree {
  /** The total of a node some filter rejected: below every real total. */
  static final long INFEASIBLE = Long.MIN_VALUE;
  private static final int UNSET = -2;

  private int leaves = -1;
  private int size;
  /** Per tree slot: the best total below it, and how many leaves have it. */
  private long[] best = new long[0];
  private int[] ties = new int[0];
  /** Per keyed score plugin and tree slot: the best total leaving that plugin out. */
  private long[][] without = new long[0][];
  /** Per plugin whose extremes are kept and tree slot: the lowest and highest raw score of feasible leaves below it. */
  private long[][] lowest = new long[0][];
  private long[][] highest = new long[0][];
  /** Per leaf: the filter that rejected it (-1 = feasible); per plugin and leaf: the score counted. */
  private int[] rejectedBy = new int[0];
  private long[][] value = new long[0][];
  private int[] rejections = new int[0];
  private int feasible;
  /** The keyed plugins, and the plugins whose raw extremes are kept: the only ones slots combine. */
  private int[] keyedPlugins = new int[0];
  private int[] extremesPlugins = new int[0];
  private long[] weights;
  /** While many leaves are being set: slots above the leaves are combined once at the end. */
  private boolean building;

  /**
   * Forgets every answer and starts building: set every leaf, then {@link #finishBuilding}. The
   * plugins whose raw scores make up the total are {@code keyedScores}; those whose lowest and
   * highest raw scores are kept, {@code keepExtremes}.
   */
  void reset(int leafCount, int filters, boolean[] keyedScores, boolean[] keepExtremes, long[] scoreWeights) {
    keyedPlugins = indexes(keyedScores);
    extremesPlugins = indexes(keepExtremes);
    weights = scoreWeights;
    if (leaves != leafCount || value.length != keyedScores.length || rejections.length != filters) {
      allocate(leafCount, filters, keyedScores.length);
    }
    for (int s : keyedPlugins) {
      without[s] = slots(without[s], ScoreTree.INFEASIBLE);
    }
    for (int s : extremesPlugins) {
      lowest[s] = slots(lowest[s], Long.MAX_VALUE);
      highest[s] = slots(highest[s], Long.MIN_VALUE);
    }
    Arrays.fill(rejectedBy, UNSET);
    Arrays.fill(rejections, 0);
    feasible = 0;
    building = true;
  }

  private static int[] indexes(boolean[] flags) {
    return IntStream.range(0, flags.length).filter(i -> flags[i]).toArray();
  }

  private void allocate(int leafCount, int filters, int scorers) {
    leaves = leafCount;
    size = Integer.highestOneBit(Math.max(1, leafCount - 1)) * 2;
    best = new long[2 * size];
    ties = new int[2 * size];
    // per-plugin slots only for the plugins a reset keys or keeps extremes of (see slots)
    without = new long[scorers][0];
    lowest = new long[scorers][0];
    highest = new long[scorers][0];
    rejectedBy = new int[leafCount];
    value = new long[scorers][leafCount];
    rejections = new int[filters];
    Arrays.fill(best, INFEASIBLE);
  }

  /** The slots as they are when sized for this tree (every leaf is set again after a reset), else new ones filled with {@code empty}. */
  private long[] slots(long[] kept, long empty) {
    if (kept.length == 2 * size) {
      return kept;
    }
    long[] fresh = new long[2 * size];
    Arrays.fill(fresh, empty);
    return fresh;
  }

  /**
   * Starts setting many leaves at once (a whole group of nodes): slots above them are combined once,
   * by {@link #finishBuilding}, instead of after each leaf.
   */
  void beginBulk() {
    building = true;
  }

  /** Ends a reset or bulk update once every changed node's answer is set: combines all slots. */
  void finishBuilding() {
    building = false;
    for (int slot = size - 1; slot > 0; slot--) {
      combine(slot);
    }
  }

  /** Records a leaf some filter rejected. */
  void setRejected(int node, int filter) {
    forget(node);
    rejectedBy[node] = filter;
    rejections[filter]++;
    for (int s : extremesPlugins) {
      lowest[s][size + node] = Long.MAX_VALUE;
      highest[s][size + node] = Long.MIN_VALUE;
    }
    setLeaf(node, INFEASIBLE);
  }

  /**
   * Records a feasible leaf: per score plugin the score counted in its total ({@code scores}, for
   * keyed plugins) and its raw score before normalization ({@code raws}).
   */
  void setFeasible(int node, long[] scores, long[] raws) {
    forget(node);
    rejectedBy[node] = -1;
    feasible++;
    long total = 0;
    for (int s = 0; s < value.length; s++) {
      value[s][node] = scores[s];
    }
    for (int s : keyedPlugins) {
      total += weights[s] * scores[s];
    }
    for (int s : extremesPlugins) {
      lowest[s][size + node] = raws[s];
      highest[s][size + node] = raws[s];
    }
    setLeaf(node, total);
  }

  private void forget(int node) {
    int before = rejectedBy[node];
    if (before >= 0) {
      rejections[before]--;
    } else if (before == -1) {
      feasible--;
    }
  }

  private void setLeaf(int node, long total) {
    int slot = size + node;
    best[slot] = total;
    ties[slot] = total == INFEASIBLE ? 0 : 1;
    for (int s : keyedPlugins) {
      without[s][slot] = total == INFEASIBLE ? INFEASIBLE : total - weights[s] * value[s][node];
    }
    if (!building) {
      for (slot >>= 1; slot > 0; slot >>= 1) {
        combine(slot);
      }
    }
  }

  private void combine(int slot) {
    int left = 2 * slot;
    int right = left + 1;
    long max = Math.max(best[left], best[right]);
    best[slot] = max;
    ties[slot] = (best[left] == max ? ties[left] : 0) + (best[right] == max ? ties[right] : 0);
    for (int s : keyedPlugins) {
      without[s][slot] = Math.max(without[s][left], without[s][right]);
    }
    for (int s : extremesPlugins) {
      lowest[s][slot] = Math.min(lowest[s][left], lowest[s][right]);
      highest[s][slot] = Math.max(highest[s][left], highest[s][right]);
    }
  }

  int feasibleCount() {
    return feasible;
  }

  /** Nodes the filter rejected. */
  int rejections(int filter) {
    return rejections[filter];
  }

  /** The lowest raw score of the plugin over feasible leaves (Long.MAX_VALUE when none). */
  long lowestRaw(int scorer) {
    return lowest[scorer][1];
  }

  /** The highest raw score of the plugin over feasible leaves (Long.MIN_VALUE when none). */
  long highestRaw(int scorer) {
    return highest[scorer][1];
  }

  long bestTotal() {
    return best[1];
  }

  /**
   * Appends to {@code out} from {@code at} the feasible leaves whose raw score of the plugin (one
   * whose extremes are kept) is not {@code raw}, visiting only slots that hold one; returns the new end.
   */
  int collectRawNot(int scorer, long raw, int[] out, int at) {
    return collectRawNot(1, lowest[scorer], highest[scorer], raw, out, at);
  }

  private int collectRawNot(int slot, long[] low, long[] high, long raw, int[] out, int at) {
    // no feasible leaf below (lowest MAX, highest MIN), or every one at raw
    if (low[slot] >= raw && high[slot] <= raw) {
      return at;
    }
    if (slot >= size) {
      out[at] = slot - size;
      return at + 1;
    }
    int end = collectRawNot(2 * slot, low, high, raw, out, at);
    return collectRawNot(2 * slot + 1, low, high, raw, out, end);
  }

  /** Nodes sharing the best total. */
  int bestCount() {
    return ties[1];
  }

  long total(int node) {
    return best[size + node];
  }

  /** The plugin's score counted in the leaf's total. */
  long score(int scorer, int node) {
    return value[scorer][node];
  }

  /** The best total over feasible nodes when the keyed plugin's score is left out. */
  long bestWithout(int scorer) {
    return without[scorer][1];
  }

  /** Leaves before {@code end} whose total is {@code target}. */
  int countBelow(int end, long target) {
    return countBest(0, end, target);
  }

  /** The j-th leaf (from 0) with the best total, counting in leaf order from {@code start} and wrapping. */
  int select(int start, int j) {
    long target = best[1];
    int before = countBest(0, start, target);
    int global = j < ties[1] - before ? before + j : j - (ties[1] - before);
    int slot = 1;
    while (slot < size) {
      int left = 2 * slot;
      int inLeft = best[left] == target ? ties[left] : 0;
      if (global < inLeft) {
        slot = left;
      } else {
        global -= inLeft;
        slot = left + 1;
      }
    }
    return slot - size;
  }

  private int countBest(int from, int to, long target) {
    int count = 0;
    for (int lo = from + size, hi = to + size; lo < hi; lo >>= 1, hi >>= 1) {
      if ((lo & 1) == 1) {
        count += best[lo] == target ? ties[lo] : 0;
        lo++;
      }
      if ((hi & 1) == 1) {
        hi--;
        count += best[hi] == target ? ties[hi] : 0;
      }
    }
    return count;
  }
}
