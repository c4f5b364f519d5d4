package io.podsim.scheduler;

import java.util.function.IntPredicate;

/**
 * A set of node indexes, listed in the order they were added: adding and testing cost O(1), and
 * clearing costs the set's size, not the cluster's (the kept-answer tree's changed nodes).
 */
final class NodeSet {
  private final boolean[] member;
  private final int[] list;
  private int size;

  NodeSet(int capacity) {
    member = new boolean[capacity];
    list = new int[capacity];
  }

  /** Adds the node unless it is already in the set. */
  void add(int node) {
    if (!member[node]) {
      member[node] = true;
      list[size++] = node;
    }
  }

  int size() {
    return size;
  }

  /** The i-th node added (of those kept). */
  int get(int i) {
    return list[i];
  }

  void clear() {
    for (int i = 0; i < size; i++) {
      member[list[i]] = false;
    }
    size = 0;
  }

  /** Keeps only the nodes {@code keep} accepts, in their order. */
  void retain(IntPredicate keep) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      int node = list[i];
      if (keep.test(node)) {
        list[kept++] = node;
      } else {
        member[node] = false;
      }
    }
    size = kept;
  }
}
