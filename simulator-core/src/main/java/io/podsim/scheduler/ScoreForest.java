package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import java.util.Arrays;

/**
 * The framework's kept answers for one pod shape, for choosing a node without visiting every node:
 * one {@link ScoreTree} of node-local answers per group of nodes sharing a label value (one group
 * of all nodes when nothing runs per group), and per group the verdict of the filters and the
 * normalized scores of the plugins that answer once per group. A group's answer changing costs
 * nothing per node; a node changing costs O(log nodes). Queries combine the groups' trees.
 */
final class ScoreForest {
  private int nodes = -1;
  private Object layout;
  /** When the framework last used these answers, to drop the least recently used first. */
  long lastUse;
  private ScoreTree[] trees = new ScoreTree[0];
  /** The groups the trees are laid out for (null: one group of all nodes). */
  private NodeGroups groupedBy;
  /** Per group, its member nodes in node order; per node, its group and its leaf in that group's tree. */
  private int[][] members = new int[0][];
  private int[] groupOf = new int[0];
  private int[] leafOf = new int[0];
  /** Per node, the cluster's version of it when its answer was set. */
  private long[] versionSet = new long[0];
  private int[] groupRejection = new int[0];
  /** Per score plugin answering per group (others all 0) and group: its normalized score. */
  private long[][] groupScores = new long[0][];
  private long[] weights;
  private NodeSet dirty = new NodeSet(0);
  private ExtremesInUse extremes = new ExtremesInUse(0, 0);
  /** Scratch for choosing among groups: those holding best nodes, and their best per-node totals. */
  private BestNodePick pick = new BestNodePick(0);

  /** True when these are the answers for this layout and cluster size. */
  boolean holds(Object treeLayout, int nodeCount) {
    return treeLayout.equals(layout) && nodes == nodeCount;
  }

  /**
   * True when the kept answers belong to this layout (what the framework computed them for) and
   * cluster size; when not, resets for them: every node must be set, then {@link #finishSetting}.
   * {@code localScores} are the plugins whose per-node scores make up a leaf's total, and
   * {@code normalizedScores} those of them normalized from the raw extremes the trees keep.
   */
  boolean resume(Object treeLayout, int nodeCount, NodeGroups groups, int filters, boolean[] localScores,
      boolean[] normalizedScores, long[] scoreWeights) {
    if (holds(treeLayout, nodeCount)) {
      return true;
    }
    layout = treeLayout;
    weights = scoreWeights;
    int count = groups == null ? 1 : groups.count();
    // a reset for another pod shape on the same nodes and groups keeps the arrays: only answers change
    if (nodeCount != nodes || groups != groupedBy || trees.length != count) {
      allocate(nodeCount, groups, count, scoreWeights.length);
    }
    for (int g = 0; g < count; g++) {
      trees[g].reset(members[g].length, filters, localScores, normalizedScores, scoreWeights);
    }
    Arrays.fill(groupRejection, -1);
    for (long[] scores : groupScores) {
      Arrays.fill(scores, 0);
    }
    dirty.clear();
    extremes.reset();
    return false;
  }

  private void allocate(int nodeCount, NodeGroups groups, int count, int scorers) {
    nodes = nodeCount;
    groupedBy = groups;
    members = new int[count][];
    groupOf = new int[nodeCount];
    leafOf = new int[nodeCount];
    versionSet = new long[nodeCount];
    for (int g = 0; g < count; g++) {
      members[g] = groups == null ? identity(nodeCount) : groups.members(g);
      for (int leaf = 0; leaf < members[g].length; leaf++) {
        groupOf[members[g][leaf]] = g;
        leafOf[members[g][leaf]] = leaf;
      }
    }
    trees = new ScoreTree[count];
    for (int g = 0; g < count; g++) {
      trees[g] = new ScoreTree();
    }
    groupRejection = new int[count];
    pick = new BestNodePick(count);
    groupScores = new long[scorers][count];
    dirty = new NodeSet(nodeCount);
    extremes = new ExtremesInUse(nodeCount, scorers);
  }

  private static int[] identity(int n) {
    int[] nodes = new int[n];
    Arrays.setAll(nodes, i -> i);
    return nodes;
  }

  /** Notes that the node's pods changed: its answer must be set again before the next choice. */
  void markDirty(int node) {
    if (node < nodes) {
      dirty.add(node);
    }
  }

  int dirtyCount() {
    return dirty.size();
  }

  /**
   * Drops the changed nodes whose version is back to the one their answer was set at (what-if moves
   * of preemption undone) and returns how many are left, first in the list of {@link #dirtyNode}.
   */
  int keepStale(ClusterState cluster) {
    dirty.retain(node -> versionSet[node] != cluster.version(node));
    return dirty.size();
  }

  int dirtyNode(int i) {
    return dirty.get(i);
  }

  /**
   * Starts setting the changed nodes; with {@code bulk}, trees recombine once at the end instead of
   * per node (cheaper when many changed).
   */
  void beginSetting(boolean bulk) {
    if (bulk) {
      for (ScoreTree tree : trees) {
        tree.beginBulk();
      }
    }
  }

  /** Ends setting nodes: the changed ones are clean again and every tree is combined. */
  void finishSetting(boolean bulk) {
    dirty.clear();
    if (bulk) {
      for (ScoreTree tree : trees) {
        tree.finishBuilding();
      }
    }
  }

  void setRejected(int node, long version, int filter) {
    versionSet[node] = version;
    trees[groupOf[node]].setRejected(leafOf[node], filter);
  }

  void setFeasible(int node, long version, long[] scores, long[] raws) {
    versionSet[node] = version;
    trees[groupOf[node]].setFeasible(leafOf[node], scores, raws);
  }

  int groupCount() {
    return trees.length;
  }

  /** A node of the group, to ask for the group's answer. */
  int representative(int group) {
    return members[group][0];
  }

  /** Nodes of the group that pass every filter run per node. */
  int locallyFeasible(int group) {
    return trees[group].feasibleCount();
  }

  /** The group's answer: the filter that rejects all its nodes (-1: none) and the normalized scores of group plugins. */
  void setGroupAnswer(int group, int rejectedBy, long[] scores) {
    groupRejection[group] = rejectedBy;
    for (int s = 0; s < scores.length; s++) {
      groupScores[s][group] = scores[s];
    }
  }

  private boolean open(int group) {
    return groupRejection[group] < 0 && trees[group].feasibleCount() > 0;
  }

  private long groupPart(int group) {
    long part = 0;
    for (int s = 0; s < groupScores.length; s++) {
      part += weights[s] * groupScores[s][group];
    }
    return part;
  }

  int feasibleCount() {
    int count = 0;
    for (int g = 0; g < trees.length; g++) {
      count += groupRejection[g] < 0 ? trees[g].feasibleCount() : 0;
    }
    return count;
  }

  /** Nodes the filter rejected: per node, or as members of a group it rejected that passed the per-node filters. */
  int rejections(int filter) {
    int count = 0;
    for (int g = 0; g < trees.length; g++) {
      count += trees[g].rejections(filter) + (groupRejection[g] == filter ? trees[g].feasibleCount() : 0);
    }
    return count;
  }

  /** The extremes the per-node scores are normalized with, and the nodes set outside them. */
  ExtremesInUse extremes() {
    return extremes;
  }

  /** The nodes whose normalized scores may change when extremes move (see {@link ExtremesInUse}). */
  int nodesToRenormalize(int[] scorers, long[] unmoved, int plugins, int[] out) {
    return extremes.nodesToRenormalize(trees, members, scorers, unmoved, plugins, out);
  }

  /** The lowest and highest raw score of the per-node plugin over feasible nodes. */
  long[] rawExtremes(int scorer) {
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int g = 0; g < trees.length; g++) {
      if (open(g)) {
        low = Math.min(low, trees[g].lowestRaw(scorer));
        high = Math.max(high, trees[g].highestRaw(scorer));
      }
    }
    return new long[] {low, high};
  }

  long bestTotal() {
    long best = ScoreTree.INFEASIBLE;
    for (int g = 0; g < trees.length; g++) {
      if (open(g)) {
        best = Math.max(best, trees[g].bestTotal() + groupPart(g));
      }
    }
    return best;
  }

  /** Feasible nodes sharing the best total. */
  int bestCount() {
    long best = bestTotal();
    int count = 0;
    for (int g = 0; g < trees.length; g++) {
      if (open(g) && trees[g].bestTotal() + groupPart(g) == best) {
        count += trees[g].bestCount();
      }
    }
    return count;
  }

  long total(int node) {
    int g = groupOf[node];
    return trees[g].total(leafOf[node]) + groupPart(g);
  }

  /** The plugin's score on the node: its raw per-node score, or its group's normalized one. */
  long score(int scorer, int node, boolean perGroup) {
    return perGroup ? groupScores[scorer][groupOf[node]] : trees[groupOf[node]].score(scorer, leafOf[node]);
  }

  /** The best total over feasible nodes when the plugin's score is left out. */
  long bestWithout(int scorer, boolean perGroup) {
    long best = ScoreTree.INFEASIBLE;
    for (int g = 0; g < trees.length; g++) {
      if (open(g)) {
        long without = perGroup ? trees[g].bestTotal() + groupPart(g) - weights[scorer] * groupScores[scorer][g]
            : trees[g].bestWithout(scorer) + groupPart(g);
        best = Math.max(best, without);
      }
    }
    return best;
  }

  /** The j-th node (from 0) with the best total, counting in node order from {@code start} and wrapping. */
  int select(int start, int j) {
    return pick.select(this, start, j);
  }

  ScoreTree[] trees() {
    return trees;
  }

  int[] members(int group) {
    return members[group];
  }

  int nodeCount() {
    return nodes;
  }

  boolean isOpen(int group) {
    return open(group);
  }

  long groupScore(int group) {
    return groupPart(group);
  }
}
