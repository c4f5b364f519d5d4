package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.LabelDomains;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per node, how many pods of a namespace a spread constraint's selector matches, kept up to date as
 * pods start and stop counting against nodes (what-if moves of preemption included) instead of
 * recounted over each node's pods every cycle; and the same summed per domain of a topology key.
 * A selector or key seen for the first time is counted over the bound pods once.
 */
final class MatchingPodCounts implements ClusterState.PlacementListener {
  private record Key(LabelSelector selector, String namespace) {}

  private final ClusterState cluster;
  private final Map<Key, int[]> perNode = new HashMap<>();
  private final Map<DomainKey, Map<String, int[]>> perDomain = new HashMap<>();
  private final Map<Set<String>, Boolean> keysTogether = new HashMap<>();
  private LabelSelector lastSelector;
  private String lastNamespace;
  private int[] lastCounts;

  private record DomainKey(LabelSelector selector, String namespace, String topologyKey) {}

  MatchingPodCounts(ClusterState cluster) {
    this.cluster = cluster;
    cluster.addPlacementListener(this);
  }

  /** True when these counts follow that cluster. */
  boolean follows(ClusterState other) {
    return cluster == other;
  }

  @Override
  public void placementChanged(Pod pod, int node, int sign) {
    perNode.forEach((key, counts) -> {
      if (key.namespace().equals(pod.spec().namespace()) && key.selector().matches(pod.spec().labels())) {
        counts[node] += sign;
      }
    });
    perDomain.forEach((key, domains) -> {
      String value = cluster.node(node).labels().get(key.topologyKey());
      if (value != null && key.namespace().equals(pod.spec().namespace())
          && key.selector().matches(pod.spec().labels())) {
        domains.get(value)[0] += sign;
      }
    });
  }

  /**
   * A copy of the matching pods summed per domain of the constraint's key over every node that has
   * the key, domains in the order of the first node in each.
   */
  Map<String, int[]> perDomain(SpreadConstraint constraint, String namespace) {
    Map<String, int[]> live = perDomain.computeIfAbsent(
        new DomainKey(constraint.selector(), namespace, constraint.topologyKey()), key -> {
          LabelDomains domains = cluster.domains(key.topologyKey());
          int[][] sums = new int[domains.count()][1];
          int[] onNodes = perNode(constraint, namespace);
          for (int node = 0; node < onNodes.length; node++) {
            if (domains.ofNode()[node] >= 0) {
              sums[domains.ofNode()[node]][0] += onNodes[node];
            }
          }
          Map<String, int[]> byValue = SpreadConstraint.newCounts();
          for (int d = 0; d < sums.length; d++) {
            byValue.put(domains.values().get(d), sums[d]);
          }
          return byValue;
        });
    Map<String, int[]> copy = SpreadConstraint.newCounts();
    live.forEach((value, count) -> copy.put(value, new int[] {count[0]}));
    return copy;
  }

  /** True when every node that has one of the keys has them all. */
  boolean keysTogether(Set<String> keys) {
    return keysTogether.computeIfAbsent(keys, k -> {
      for (int node = 0; node < cluster.nodeCount(); node++) {
        Map<String, String> labels = cluster.node(node).labels();
        long present = k.stream().filter(labels::containsKey).count();
        if (present != 0 && present != k.size()) {
          return false;
        }
      }
      return true;
    });
  }

  /** Pods on the node in the namespace that the constraint's selector matches. */
  int on(SpreadConstraint constraint, int node, String namespace) {
    return perNode(constraint, namespace)[node];
  }

  /**
   * Per node, the pods in the namespace that the constraint's selector matches (kept up to date).
   * The last array asked for is at hand without hashing the selector: callers ask node after node.
   */
  private int[] perNode(SpreadConstraint constraint, String namespace) {
    if (constraint.selector() == lastSelector && namespace.equals(lastNamespace)) {
      return lastCounts;
    }
    lastCounts = perNode.computeIfAbsent(new Key(constraint.selector(), namespace), key -> {
      int[] counts = new int[cluster.nodeCount()];
      for (int n = 0; n < counts.length && cluster.podsInNamespace(namespace) > 0; n++) {
        counts[n] = constraint.countOn(cluster, n, namespace);
      }
      return counts;
    });
    lastSelector = constraint.selector();
    lastNamespace = namespace;
    return lastCounts;
  }
}
