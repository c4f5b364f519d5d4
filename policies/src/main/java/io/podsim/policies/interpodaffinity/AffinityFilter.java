package io.podsim.policies.interpodaffinity;

import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * InterPodAffinity's filtering, as kube-scheduler's interpodaffinity/filtering.go: the counts
 * PreFilter gathers and the verdict Filter gives a node from them.
 */
final class AffinityFilter {
  private static final Status EXISTING_ANTI = Status.unschedulable(InterPodAffinity.NAME,
      "node(s) didn't satisfy existing pods anti-affinity rules");
  private static final Status AFFINITY = Status.unresolvable(InterPodAffinity.NAME,
      "node(s) didn't match pod affinity rules");
  private static final Status ANTI = Status.unschedulable(InterPodAffinity.NAME,
      "node(s) didn't match pod anti-affinity rules");

  private AffinityFilter() {}

  /**
   * What Filter reads: counts of existing pods whose anti-affinity terms match the pod (any number
   * of them), of pods matching all the pod's affinity terms, and per anti-affinity term of the pod
   * (in its order) of pods matching it.
   */
  record FilterState(List<TopologyCounts> existingAnti, TopologyCounts affinity, List<TopologyCounts> anti) {
    /** True when the state can reject no node: nothing counted, and the pod has no required terms. */
    boolean rejectsNothing(PodSpec spec) {
      return existingAnti.stream().allMatch(c -> c.total() == 0) && spec.placement().podAffinity().required().isEmpty()
          && spec.placement().podAntiAffinity().required().isEmpty();
    }

    /** Every topology key whose domains the verdict reads. */
    Set<String> keys(PodSpec spec) {
      Set<String> keys = new HashSet<>();
      spec.placement().podAffinity().required().forEach(term -> keys.add(term.topologyKey()));
      spec.placement().podAntiAffinity().required().forEach(term -> keys.add(term.topologyKey()));
      existingAnti.forEach(counts -> keys.addAll(counts.keys()));
      return keys;
    }
  }

  /** The counts from the index kept up to date as pods are placed. */
  static FilterState fromIndex(AffinityIndex index, PodSpec spec) {
    List<PodAffinityTerm> affinityTerms = spec.placement().podAffinity().required();
    List<TopologyCounts> anti = new ArrayList<>();
    for (PodAffinityTerm term : spec.placement().podAntiAffinity().required()) {
      anti.add(index.antiMatches(term, spec.namespace()));
    }
    return new FilterState(index.existingAntiMatching(spec),
        affinityTerms.isEmpty() ? new TopologyCounts() : index.affinityMatches(affinityTerms, spec.namespace()), anti);
  }

  /** The node's verdict (its labels) for the pod: success, or the first rule it breaks. */
  static Status verdict(FilterState counts, PodSpec pod, Map<String, String> labels) {
    for (TopologyCounts existing : counts.existingAnti()) {
      if (existing.anyPositive(labels)) {
        return EXISTING_ANTI;
      }
    }
    List<PodAffinityTerm> affinityTerms = pod.placement().podAffinity().required();
    if (!affinityTerms.isEmpty() && !allTermsSatisfied(affinityTerms, counts.affinity(), labels)
        && !(counts.affinity().total() == 0 && matchesAll(affinityTerms, pod.namespace(), pod))) {
      return AFFINITY;
    }
    List<PodAffinityTerm> antiTerms = pod.placement().podAntiAffinity().required();
    for (int t = 0; t < antiTerms.size(); t++) {
      if (counts.anti().get(t).get(antiTerms.get(t).topologyKey(), labels) > 0) {
        return ANTI;
      }
    }
    return Status.success();
  }

  /** True when every term matches the target pod (its namespace and labels). */
  static boolean matchesAll(List<PodAffinityTerm> terms, String ownerNamespace, PodSpec target) {
    for (PodAffinityTerm term : terms) {
      if (!term.matches(ownerNamespace, target.namespace(), target.labels())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTermsSatisfied(List<PodAffinityTerm> terms, TopologyCounts counts,
      Map<String, String> labels) {
    for (PodAffinityTerm term : terms) {
      if (counts.get(term.topologyKey(), labels) <= 0) {
        return false;
      }
    }
    return true;
  }
}
