package io.podsim.policies.interpodaffinity;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;

/**
 * The per-domain counts InterPodAffinity's PreFilter needs, kept up to date as pods start and stop
 * counting against nodes (binds, ends, evictions and preemption's what-if moves alike) instead of
 * recounted over every bound pod each cycle: where existing pods with each required anti-affinity
 * term run, and, for each required term (or term list) an incoming pod has carried, where the
 * existing pods it matches run. A term seen for the first time is counted over the bound pods once.
 */
final class AffinityIndex implements ClusterState.PlacementListener {
  /** A term with the namespace of the pod that carries it (which an empty namespace list means). */
  private record OwnedTerm(PodAffinityTerm term, String ownerNamespace) {}

  /**
   * A term of existing pods that scores incoming pods it matches: preferred terms with their
   * weight (negative for anti-affinity), required affinity terms with weight 0 (the plugin weighs
   * them by its hardPodAffinityWeight).
   */
  record ScoringTerm(PodAffinityTerm term, String ownerNamespace, long weight) {}

  /** A pod's required affinity terms, all of which an existing pod must match to count. */
  private record OwnedTerms(List<PodAffinityTerm> terms, String ownerNamespace) {}

  private final ClusterState cluster;
  private final Map<OwnedTerm, TopologyCounts> existingAnti = new HashMap<>();
  private final Map<OwnedTerm, TopologyCounts> antiMatches = new HashMap<>();
  private final Map<OwnedTerms, TopologyCounts> affinityMatches = new HashMap<>();
  private final Map<ScoringTerm, TopologyCounts> existingScoring = new HashMap<>();
  /** Bound pods with terms that score other pods: required affinity, or preferred (anti-)affinity. */
  private int podsWithScoringTerms;

  AffinityIndex(ClusterState cluster) {
    this.cluster = cluster;
    forEachBoundPod((pod, node) -> {
      countExistingAnti(pod.spec(), cluster.node(node).labels(), 1);
      countExistingScoring(pod.spec(), cluster.node(node).labels(), 1);
      podsWithScoringTerms += hasScoringTerms(pod.spec()) ? 1 : 0;
    });
    cluster.addPlacementListener(this);
  }

  /** True when this index follows that cluster. */
  boolean follows(ClusterState other) {
    return cluster == other;
  }

  @Override
  public void placementChanged(Pod pod, int node, int sign) {
    PodSpec spec = pod.spec();
    Map<String, String> labels = cluster.node(node).labels();
    countExistingAnti(spec, labels, sign);
    countExistingScoring(spec, labels, sign);
    podsWithScoringTerms += hasScoringTerms(spec) ? sign : 0;
    antiMatches.forEach((owned, counts) -> {
      if (owned.term().matches(owned.ownerNamespace(), spec.namespace(), spec.labels())) {
        counts.addDomain(owned.term().topologyKey(), labels, sign);
      }
    });
    affinityMatches.forEach((owned, counts) -> countIfMatchesAll(counts, owned, spec, labels, sign));
  }

  /** True when no two nodes share a value of the key, so each of its domains is at most one node. */
  boolean isPerNodeKey(String key) {
    return cluster.domains(key).onePerNode();
  }

  /** Bound pods whose affinity terms can score an incoming pod; when none, existing pods add no score. */
  int podsWithScoringTerms() {
    return podsWithScoringTerms;
  }

  private static boolean hasScoringTerms(PodSpec spec) {
    return !spec.placement().podAffinity().required().isEmpty() || !spec.placement().podAffinity().preferred().isEmpty()
        || !spec.placement().podAntiAffinity().preferred().isEmpty();
  }

  /** Counts of existing pods whose required anti-affinity terms match the incoming pod, one per term. */
  List<TopologyCounts> existingAntiMatching(PodSpec incoming) {
    List<TopologyCounts> matching = new ArrayList<>();
    existingAnti.forEach((owned, counts) -> {
      if (counts.total() != 0 && owned.term().matches(owned.ownerNamespace(), incoming.namespace(),
          incoming.labels())) {
        matching.add(counts);
      }
    });
    return matching;
  }

  /** Existing pods' scoring terms that match the incoming pod, with where those pods run (only terms some pod has now). */
  void forEachScoringTermMatching(PodSpec incoming, BiConsumer<ScoringTerm, TopologyCounts> action) {
    existingScoring.forEach((owned, counts) -> {
      if (counts.total() != 0 && owned.term().matches(owned.ownerNamespace(), incoming.namespace(),
          incoming.labels())) {
        action.accept(owned, counts);
      }
    });
  }

  /** Where existing pods matching the term (written on a pod of {@code namespace}) run. */
  TopologyCounts antiMatches(PodAffinityTerm term, String namespace) {
    return antiMatches.computeIfAbsent(new OwnedTerm(term, namespace), owned -> {
      TopologyCounts counts = new TopologyCounts();
      forEachBoundPod((pod, node) -> {
        PodSpec spec = pod.spec();
        if (term.matches(namespace, spec.namespace(), spec.labels())) {
          counts.addDomain(term.topologyKey(), cluster.node(node).labels(), 1);
        }
      });
      return counts;
    });
  }

  /** Where existing pods matching all the terms run, counted under each term's topology key. */
  TopologyCounts affinityMatches(List<PodAffinityTerm> terms, String namespace) {
    return affinityMatches.computeIfAbsent(new OwnedTerms(terms, namespace), owned -> {
      TopologyCounts counts = new TopologyCounts();
      forEachBoundPod((pod, node) -> countIfMatchesAll(counts, owned, pod.spec(), cluster.node(node).labels(), 1));
      return counts;
    });
  }

  private void countExistingAnti(PodSpec spec, Map<String, String> labels, int sign) {
    for (PodAffinityTerm term : spec.placement().podAntiAffinity().required()) {
      existingAnti.computeIfAbsent(new OwnedTerm(term, spec.namespace()), owned -> new TopologyCounts())
          .addDomain(term.topologyKey(), labels, sign);
    }
  }

  private void countExistingScoring(PodSpec spec, Map<String, String> labels, int sign) {
    for (PodAffinityTerm term : spec.placement().podAffinity().required()) {
      countScoring(new ScoringTerm(term, spec.namespace(), 0), labels, sign);
    }
    for (PodAffinity.Weighted weighted : spec.placement().podAffinity().preferred()) {
      countScoring(new ScoringTerm(weighted.term(), spec.namespace(), weighted.weight()), labels, sign);
    }
    for (PodAffinity.Weighted weighted : spec.placement().podAntiAffinity().preferred()) {
      countScoring(new ScoringTerm(weighted.term(), spec.namespace(), -weighted.weight()), labels, sign);
    }
  }

  private void countScoring(ScoringTerm owned, Map<String, String> labels, int sign) {
    existingScoring.computeIfAbsent(owned, o -> new TopologyCounts()).addDomain(owned.term().topologyKey(), labels, sign);
  }

  private static void countIfMatchesAll(TopologyCounts counts, OwnedTerms owned, PodSpec spec,
      Map<String, String> labels, int sign) {
    for (PodAffinityTerm term : owned.terms()) {
      if (!term.matches(owned.ownerNamespace(), spec.namespace(), spec.labels())) {
        return;
      }
    }
    for (PodAffinityTerm term : owned.terms()) {
      counts.addDomain(term.topologyKey(), labels, sign);
    }
  }

  private void forEachBoundPod(ObjIntConsumer<Pod> action) {
    for (int node = 0; node < cluster.nodeCount(); node++) {
      for (Pod pod : cluster.podsOn(node)) {
        action.accept(pod, node);
      }
    }
  }
}
