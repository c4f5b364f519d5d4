package io.podsim.policies.interpodaffinity;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.policies.interpodaffinity.AffinityFilter.FilterState;
import io.podsim.policies.interpodaffinity.AffinityScores.DomainScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain path's counts: InterPodAffinity's filter counts and scores recounted over every bound
 * pod each cycle, as kube-scheduler's PreFilter and PreScore walk the node infos. The index must
 * give the same counts; {@link InterPodAffinity#scanning} runs on these so tests can check it.
 */
final class AffinityRecount {
  private AffinityRecount() {}

  static FilterState filterState(PodSpec spec, ClusterState cluster) {
    List<PodAffinityTerm> affinityTerms = spec.placement().podAffinity().required();
    List<PodAffinityTerm> antiTerms = spec.placement().podAntiAffinity().required();
    TopologyCounts existingAnti = new TopologyCounts();
    TopologyCounts affinity = new TopologyCounts();
    List<TopologyCounts> anti = new ArrayList<>();
    antiTerms.forEach(term -> anti.add(new TopologyCounts()));
    for (int node = 0; node < cluster.nodeCount(); node++) {
      Map<String, String> labels = cluster.node(node).labels();
      for (Pod existing : cluster.podsOn(node)) {
        PodSpec other = existing.spec();
        for (PodAffinityTerm term : other.placement().podAntiAffinity().required()) {
          countIfMatched(existingAnti, term, other.namespace(), spec, labels);
        }
        if (!affinityTerms.isEmpty() && AffinityFilter.matchesAll(affinityTerms, spec.namespace(), other)) {
          for (PodAffinityTerm term : affinityTerms) {
            affinity.addDomain(term.topologyKey(), labels, 1);
          }
        }
        for (int t = 0; t < antiTerms.size(); t++) {
          countIfMatched(anti.get(t), antiTerms.get(t), spec.namespace(), other, labels);
        }
      }
    }
    return new FilterState(List.of(existingAnti), affinity, anti);
  }

  /** The scores; null when no pod contributes anything. */
  static DomainScores scores(PodSpec spec, ClusterState cluster, int hardPodAffinityWeight) {
    TopologyCounts scores = new TopologyCounts();
    for (int node = 0; node < cluster.nodeCount(); node++) {
      Map<String, String> labels = cluster.node(node).labels();
      for (Pod existing : cluster.podsOn(node)) {
        scoreExistingPod(scores, spec, existing.spec(), labels, hardPodAffinityWeight);
      }
    }
    return scores.isEmpty() ? null : scores::sum;
  }

  private static void scoreExistingPod(TopologyCounts scores, PodSpec incoming, PodSpec existing,
      Map<String, String> labels, int hardPodAffinityWeight) {
    addWeighted(scores, incoming.placement().podAffinity().preferred(), incoming.namespace(), existing, labels, 1);
    addWeighted(scores, incoming.placement().podAntiAffinity().preferred(), incoming.namespace(), existing, labels, -1);
    if (hardPodAffinityWeight > 0) {
      for (PodAffinityTerm term : existing.placement().podAffinity().required()) {
        if (term.matches(existing.namespace(), incoming.namespace(), incoming.labels())) {
          scores.addDomain(term.topologyKey(), labels, hardPodAffinityWeight);
        }
      }
    }
    addWeighted(scores, existing.placement().podAffinity().preferred(), existing.namespace(), incoming, labels, 1);
    addWeighted(scores, existing.placement().podAntiAffinity().preferred(), existing.namespace(), incoming, labels, -1);
  }

  private static void addWeighted(TopologyCounts scores, List<PodAffinity.Weighted> terms, String ownerNamespace,
      PodSpec target, Map<String, String> labels, int sign) {
    for (PodAffinity.Weighted weighted : terms) {
      if (weighted.term().matches(ownerNamespace, target.namespace(), target.labels())) {
        scores.addDomain(weighted.term().topologyKey(), labels, sign * (long) weighted.weight());
      }
    }
  }

  private static void countIfMatched(TopologyCounts counts, PodAffinityTerm term, String ownerNamespace,
      PodSpec target, Map<String, String> labels) {
    if (term.matches(ownerNamespace, target.namespace(), target.labels())) {
      counts.addDomain(term.topologyKey(), labels, 1);
    }
  }
}
