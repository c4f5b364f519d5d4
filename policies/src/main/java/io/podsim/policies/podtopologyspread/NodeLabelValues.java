package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per topology key, every node's domain of it as a small number (-1 where a node lacks the key),
 * read once from the node labels instead of looked up in each node's label map on every cycle;
 * nodes added since rebuild it.
 */
final class NodeLabelValues {
  /** Per node, its domain's number (-1: no such label); domains numbered from 0 in order of first node, and their values. */
  record Domains(int[] ofNode, List<String> names) {
    int count() {
      return names.size();
    }
  }

  private final ClusterState cluster;
  private final Map<String, Domains> byKey = new HashMap<>();
  private int nodeCount = -1;

  NodeLabelValues(ClusterState cluster) {
    this.cluster = cluster;
  }

  /** True when these values follow that cluster. */
  boolean follows(ClusterState other) {
    return cluster == other;
  }

  /** The domains of the key. */
  Domains of(String key) {
    if (nodeCount != cluster.nodeCount()) {
      byKey.clear();
      nodeCount = cluster.nodeCount();
    }
    return byKey.computeIfAbsent(key, k -> {
      Map<String, Integer> numbers = new HashMap<>();
      List<String> names = new ArrayList<>();
      int[] ofNode = new int[nodeCount];
      for (int node = 0; node < nodeCount; node++) {
        String value = cluster.node(node).labels().get(k);
        ofNode[node] = value == null ? -1 : numbers.computeIfAbsent(value, v -> {
          names.add(v);
          return names.size() - 1;
        });
      }
      return new Domains(ofNode, List.copyOf(names));
    });
  }
}
