package io.podsim.cluster;

import io.podsim.model.NodeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes' domains of one label key: per node the number of its value of the key (-1 where the
 * node lacks it), values numbered from 0 in order of the first node that has each, and how many
 * nodes have the key.
 */
public record LabelDomains(int[] ofNode, List<String> values, int nodesWithKey) {
  /** How many distinct values the nodes have. */
  public int count() {
    return values.size();
  }

  /** True when no two nodes share a value, so each domain is at most one node. */
  public boolean onePerNode() {
    return nodesWithKey == values.size();
  }

  static LabelDomains of(List<NodeSpec> nodes, String key) {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> values = new ArrayList<>();
    int[] ofNode = new int[nodes.size()];
    int withKey = 0;
    for (int node = 0; node < ofNode.length; node++) {
      String value = nodes.get(node).labels().get(key);
      withKey += value == null ? 0 : 1;
      ofNode[node] = value == null ? -1 : numbers.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
    }
    return new LabelDomains(ofNode, List.copyOf(values), withKey);
  }
}
