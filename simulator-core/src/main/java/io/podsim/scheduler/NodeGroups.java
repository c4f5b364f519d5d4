package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The nodes grouped by their value of one label, those without it forming one more group. */
final class NodeGroups {
  private final int[] groupOf;
  private final int[][] members;

  private NodeGroups(int[] groupOf, int[][] members) {
    this.groupOf = groupOf;
    this.members = members;
  }

  static NodeGroups of(ClusterState cluster, String label) {
    int[] groupOf = new int[cluster.nodeCount()];
    Map<String, List<Integer>> byValue = new LinkedHashMap<>();
    for (int node = 0; node < groupOf.length; node++) {
      String value = cluster.node(node).labels().get(label);
      List<Integer> group = byValue.computeIfAbsent(value == null ? "" : "=" + value, v -> new ArrayList<>());
      group.add(node);
    }
    int[][] members = new int[byValue.size()][];
    int g = 0;
    for (List<Integer> group : byValue.values()) {
      members[g] = group.stream().mapToInt(Integer::intValue).toArray();
      for (int node : members[g]) {
        groupOf[node] = g;
      }
      g++;
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
