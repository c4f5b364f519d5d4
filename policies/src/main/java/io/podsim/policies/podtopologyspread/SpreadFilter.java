package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PodTopologySpread's filtering, as kube-scheduler's podtopologyspread/filtering.go: per hard
 * constraint, matching pods per domain and the global minimum, and the skew check of a node.
 */
final class SpreadFilter {
  private static final Status MISSING_LABEL = Status.unresolvable(PodTopologySpread.NAME,
      "node(s) didn't match pod topology spread constraints (missing required label)");
  private static final Status SKEW = Status.unschedulable(PodTopologySpread.NAME,
      "node(s) didn't match pod topology spread constraints");

  private SpreadFilter() {}

  /** What Filter reads: the constraints, matching pods per domain of each, and each one's minimum. */
  record FilterState(List<SpreadConstraint> constraints, List<Map<String, int[]>> counts, int[] minimum) {}

  /** PreFilter's state; the minimum is 0 while fewer than minDomains domains exist. */
  static FilterState state(SpreadCounts counts, ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints) {
    List<Map<String, int[]>> perDomain = countsPerDomain(counts, cluster, pod, constraints);
    int[] minimum = new int[constraints.size()];
    for (int i = 0; i < minimum.length; i++) {
      Map<String, int[]> domains = perDomain.get(i);
      int min = domains.values().stream().mapToInt(c -> c[0]).min().orElse(Integer.MAX_VALUE);
      minimum[i] = domains.size() < constraints.get(i).minDomains() ? 0 : min;
    }
    return new FilterState(constraints, perDomain, minimum);
  }

  /**
   * Per constraint, matching pods per domain over the nodes that count: from the kept-up sums when
   * every node with the keys counts, else summed over the nodes.
   */
  private static List<Map<String, int[]>> countsPerDomain(SpreadCounts counts, ClusterState cluster, PodSpec pod,
      List<SpreadConstraint> constraints) {
    List<Map<String, int[]>> result = new ArrayList<>();
    if (counts.keptPerDomain(cluster, pod, constraints)) {
      constraints.forEach(c -> result.add(counts.perDomain(cluster, c, pod.namespace())));
      return result;
    }
    constraints.forEach(c -> result.add(SpreadConstraint.newCounts()));
    for (int node = 0; node < cluster.nodeCount(); node++) {
      NodeSpec spec = cluster.node(node);
      if (!SpreadConstraint.nodeHasAllKeys(spec, constraints)) {
        continue;
      }
      for (int i = 0; i < constraints.size(); i++) {
        SpreadConstraint c = constraints.get(i);
        if (c.includes(pod, spec)) {
          result.get(i).computeIfAbsent(spec.labels().get(c.topologyKey()), v -> new int[1])[0] +=
              counts.on(cluster, c, node, pod.namespace());
        }
      }
    }
    return result;
  }

  /** The node's verdict (its labels): placing the pod must keep every constraint's skew within maxSkew. */
  static Status verdict(FilterState s, PodSpec pod, Map<String, String> labels) {
    for (int i = 0; i < s.constraints().size(); i++) {
      SpreadConstraint c = s.constraints().get(i);
      String value = labels.get(c.topologyKey());
      if (value == null) {
        return MISSING_LABEL;
      }
      int[] matching = s.counts().get(i).get(value);
      long self = c.selector().matches(pod.labels()) ? 1 : 0;
      long skew = (matching == null ? 0 : matching[0]) + self - (long) s.minimum()[i];
      if (skew > c.maxSkew()) {
        return SKEW;
      }
    }
    return Status.success();
  }
}
