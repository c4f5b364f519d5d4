package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.LabelDomains;

/** The nodes grouped by their value of one label, those without it forming one more group. */
final class NodeGroups {
  private final int[] groupOf;
  private final int[][] members;

  private NodeGroups(int[] groupOf, int[][] members) {
    this.groupOf = groupOf;
    this.members = members;
  }

  /** Groups in the order of the label's domains, then one group of the nodes without the label, if any. */
  static NodeGroups of(ClusterState cluster, String label) {
    LabelDomains domains = cluster.domains(label);
    int[] groupOf = domains.ofNode().clone();
    int count = domains.count();
    int[] sizes = new int[count + 1];
    for (int node = 0; node < groupOf.length; node++) {
      groupOf[node] = groupOf[node] < 0 ? count : groupOf[node];
      sizes[groupOf[node]]++;
    }
    int groups = sizes[count] > 0 ? count + 1 : count;
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[sizes[g]];
    }
    int[] filled = new int[groups];
    for (int node = 0; node < groupOf.length; node++) {
      members[groupOf[node]][filled[groupOf[node]]++] = node;
    }
    return new NodeGroups(groupOf, members);
  }

  int count() {
    return members.length;
  }

  int groupOf(int node) {
    return groupOf[node];
  }

  int[] members(int group) {
    return members[group];
  }

  /** Few enough groups that asking one node of each is far cheaper than asking every node. */
  boolean fewEnough() {
    return members.length <= 16 || members.length * 16 <= groupOf.length;
  }
}
