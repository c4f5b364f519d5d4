package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.model.PodSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts behind PodTopologySpread's filtering and scoring: pods a constraint matches on a node,
 * and per domain. Indexed (the fast path), they come from {@link MatchingPodCounts} kept up to date
 * as pods are placed; otherwise (the plain path, the reference) they are recounted on each node.
 */
final class SpreadCounts {
  private final boolean indexed;
  private MatchingPodCounts kept;

  SpreadCounts(boolean indexed) {
    this.indexed = indexed;
  }

  boolean indexed() {
    return indexed;
  }

  /** Pods on the node in the namespace that the constraint matches. */
  int on(ClusterState cluster, SpreadConstraint constraint, int node, String namespace) {
    return indexed ? kept(cluster).on(constraint, node, namespace) : constraint.countOn(cluster, node, namespace);
  }

  /** Matching pods per domain of the constraint's key, from the kept-up sums (indexed only). */
  Map<String, int[]> perDomain(ClusterState cluster, SpreadConstraint constraint, String namespace) {
    return kept(cluster).perDomain(constraint, namespace);
  }

  /**
   * True when the kept-up per-domain sums may stand for a sum over the nodes that count: indexed, no
   * node inclusion policy narrows the nodes, and the constraints share a key or their keys go together.
   */
  boolean keptPerDomain(ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints) {
    if (!indexed) {
      return false;
    }
    boolean unrestricted = pod.placement().nodeSelector().isEmpty() && pod.placement().nodeAffinity().required() == null;
    String firstKey = constraints.get(0).topologyKey();
    boolean oneKey = true;
    for (SpreadConstraint c : constraints) {
      if (c.honorNodeTaints() || c.honorNodeAffinity() && !unrestricted) {
        return false;
      }
      oneKey &= c.topologyKey().equals(firstKey);
    }
    return oneKey || kept(cluster).keysTogether(
        constraints.stream().map(SpreadConstraint::topologyKey).collect(Collectors.toSet()));
  }

  private MatchingPodCounts kept(ClusterState cluster) {
    if (kept == null || !kept.follows(cluster)) {
      kept = new MatchingPodCounts(cluster);
    }
    return kept;
  }
}
