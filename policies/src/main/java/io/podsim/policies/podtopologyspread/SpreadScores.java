package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.LabelDomains;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.ScorePlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PodTopologySpread's scoring, as kube-scheduler's podtopologyspread/scoring.go: fewer matching pods
 * in the node's domains scores higher, each domain count weighted by log(domains + 2), then
 * inverted and scaled so the emptiest node scores 100.
 */
final class SpreadScores {
  private SpreadScores() {}

  /**
   * Per constraint: each node's domain of its key ({@code domainOf}, -1: none) and matching pods per
   * domain; with {@code requireAllKeys}, nodes lacking a key are ignored (score 0, not normalized).
   */
  record ScoreState(List<SpreadConstraint> constraints, int[][] domainOf, long[][] counts, double[] weights,
      boolean requireAllKeys) {
    boolean ignores(int node) {
      return requireAllKeys && !hasAllKeys(domainOf, node);
    }
  }

  /** PreScore's state over the feasible nodes. */
  static ScoreState state(SpreadCounts matching, ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints,
      boolean requireAllKeys, int[] nodes, int count) {
    int[][] domainOf = new int[constraints.size()][];
    List<List<String>> domainNames = new ArrayList<>();
    long[][] counts = new long[constraints.size()][];
    boolean[][] scored = new boolean[constraints.size()][];
    for (int c = 0; c < domainOf.length; c++) {
      LabelDomains domains = cluster.domains(constraints.get(c).topologyKey());
      domainOf[c] = domains.ofNode();
      domainNames.add(domains.values());
      counts[c] = new long[domains.count()];
      scored[c] = new boolean[domains.count()];
    }
    int scoredNodes = 0;
    int[] scoredDomains = new int[constraints.size()];
    for (int i = 0; i < count; i++) {
      int node = nodes[i];
      if (requireAllKeys && !hasAllKeys(domainOf, node)) {
        continue;
      }
      scoredNodes++;
      for (int c = 0; c < domainOf.length; c++) {
        int domain = domainOf[c][node];
        if (domain >= 0 && !scored[c][domain]) {
          scored[c][domain] = true;
          scoredDomains[c]++;
        }
      }
    }
    double[] weights = new double[constraints.size()];
    for (int c = 0; c < weights.length; c++) {
      int domains = constraints.get(c).topologyKey().equals(PodTopologySpread.HOSTNAME) ? scoredNodes
          : scoredDomains[c];
      weights[c] = Math.log(domains + 2);
    }
    if (keptPerDomain(matching, cluster, pod, constraints, requireAllKeys)) {
      for (int c = 0; c < counts.length; c++) {
        Map<String, int[]> perDomain = matching.perDomain(cluster, constraints.get(c), pod.namespace());
        for (int d = 0; d < counts[c].length; d++) {
          int[] found = perDomain.get(domainNames.get(c).get(d));
          counts[c][d] = scored[c][d] && found != null ? found[0] : 0;
        }
      }
    } else {
      countMatchingPods(matching, cluster, pod, constraints, domainOf, scored, counts, requireAllKeys);
    }
    return new ScoreState(constraints, domainOf, counts, weights, requireAllKeys);
  }

  /**
   * True when the kept-up per-domain sums equal what counting node by node would give: no per-node
   * key, nodes lacking a key not counted, and every node with the keys counting.
   */
  static boolean keptPerDomain(SpreadCounts matching, ClusterState cluster, PodSpec pod,
      List<SpreadConstraint> constraints, boolean requireAllKeys) {
    return requireAllKeys && constraints.stream().noneMatch(c -> c.topologyKey().equals(PodTopologySpread.HOSTNAME))
        && matching.keptPerDomain(cluster, pod, constraints);
  }

  /** Matching pods per domain that a scored node is in (per-node keys are counted per node when scoring). */
  private static void countMatchingPods(SpreadCounts matching, ClusterState cluster, PodSpec pod,
      List<SpreadConstraint> constraints, int[][] domainOf, boolean[][] scored, long[][] counts,
      boolean requireAllKeys) {
    for (int node = 0; node < cluster.nodeCount(); node++) {
      if (requireAllKeys && !hasAllKeys(domainOf, node)) {
        continue;
      }
      for (int c = 0; c < constraints.size(); c++) {
        SpreadConstraint constraint = constraints.get(c);
        int domain = domainOf[c][node];
        if (!constraint.topologyKey().equals(PodTopologySpread.HOSTNAME) && domain >= 0 && scored[c][domain]
            && constraint.includes(pod, cluster.node(node))) {
          counts[c][domain] += matching.on(cluster, constraint, node, pod.namespace());
        }
      }
    }
  }

  /** The node's raw score: its domains' weighted matching pods, plus maxSkew − 1 per constraint. */
  static long score(ScoreState s, SpreadCounts matching, ClusterState cluster, PodSpec pod, int node) {
    if (s.ignores(node)) {
      return 0;
    }
    double score = 0;
    for (int c = 0; c < s.constraints().size(); c++) {
      SpreadConstraint constraint = s.constraints().get(c);
      int domain = s.domainOf()[c][node];
      if (domain < 0) {
        continue;
      }
      long found = constraint.topologyKey().equals(PodTopologySpread.HOSTNAME)
          ? matching.on(cluster, constraint, node, pod.namespace()) : s.counts()[c][domain];
      score += found * s.weights()[c] + (constraint.maxSkew() - 1);
    }
    return Math.round(score);
  }

  /** Inverts and scales the scores so the emptiest node scores 100; ignored nodes score 0. */
  static void normalize(ScoreState s, int[] nodes, long[] scores, int count) {
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < count; i++) {
      if (!s.ignores(nodes[i])) {
        min = Math.min(min, scores[i]);
        max = Math.max(max, scores[i]);
      }
    }
    for (int i = 0; i < count; i++) {
      if (s.ignores(nodes[i])) {
        scores[i] = 0;
      } else {
        scores[i] = max == 0 ? ScorePlugin.MAX_NODE_SCORE : ScorePlugin.MAX_NODE_SCORE * (max + min - scores[i]) / max;
      }
    }
  }

  private static boolean hasAllKeys(int[][] domainOf, int node) {
    for (int[] ofKey : domainOf) {
      if (ofKey[node] < 0) {
        return false;
      }
    }
    return true;
  }
}
