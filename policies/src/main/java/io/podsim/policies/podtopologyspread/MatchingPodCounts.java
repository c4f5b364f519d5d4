package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import java.util.HashMap;
import java.util.Map;

/**
 * Per node, how many pods of a namespace a spread constraint's selector matches, kept up to date as
 * pods start and stop counting against nodes (what-if moves of preemption included) instead of
 * recounted over each node's pods every cycle. A selector seen for the first time is counted over
 * the bound pods once.
 */
final class MatchingPodCounts implements ClusterState.PlacementListener {
  private record Key(LabelSelector selector, String namespace) {}

  private final ClusterState cluster;
  private final Map<Key, int[]> perNode = new HashMap<>();

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
  }

  /** Pods on the node in the namespace that the constraint's selector matches. */
  int on(SpreadConstraint constraint, int node, String namespace) {
    return perNode.computeIfAbsent(new Key(constraint.selector(), namespace), key -> {
      int[] counts = new int[cluster.nodeCount()];
      for (int n = 0; n < counts.length; n++) {
        counts[n] = constraint.countOn(cluster, n, namespace);
      }
      return counts;
    })[node];
  }
}
