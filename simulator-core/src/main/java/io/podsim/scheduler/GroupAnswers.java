package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.List;

/**
 * The answers of label-uniform plugins in the kept-answer tree: one verdict and one set of scores
 * per group of nodes sharing the label's value, asked of one node of the group.
 */
final class GroupAnswers {
  private GroupAnswers() {}

  /** Asks one node of each group for the group filters' verdict and the group scores (normalized over feasible groups). */
  static void refresh(PluginTable plugins, ClusterState cluster, ScoreForest tree, CycleState state, Pod pod,
      FilterPlan plan, ScorePlan scores) {
    FilterPlugin[] filters = plugins.filters();
    ScorePlugin[] scorers = plugins.scorers();
    ScoreNormalizer[] normalizers = plugins.normalizers();
    int count = tree.groupCount();
    int[] rejectedBy = new int[count];
    int[] feasibleGroups = new int[count];
    int[] representatives = new int[count];
    int feasible = 0;
    for (int g = 0; g < count; g++) {
      int node = tree.representative(g);
      rejectedBy[g] = -1;
      for (int f = 0; f < filters.length && rejectedBy[g] < 0; f++) {
        if (plan.perGroup()[f] && !filters[f].filter(state, pod, cluster, node).isSuccess()) {
          rejectedBy[g] = f;
        }
      }
      if (rejectedBy[g] < 0 && tree.locallyFeasible(g) > 0) {
        feasibleGroups[feasible] = g;
        representatives[feasible++] = node;
      }
    }
    List<PreScorePlugin> preScores = plugins.profile().preScores();
    for (int p = 0; p < preScores.size(); p++) {
      if (scores.deferred()[p] && preScores.get(p).preScore(state, pod, cluster, representatives, feasible).isSkip()) {
        throw new IllegalStateException(preScores.get(p).name() + " skipped PreScore after saying it would score");
      }
    }
    long[][] groupScores = new long[count][scorers.length];
    for (int s = 0; s < scorers.length; s++) {
      if (scores.perGroup()[s]) {
        long[] raw = new long[feasible];
        for (int i = 0; i < feasible; i++) {
          raw[i] = scorers[s].score(state, pod, cluster, representatives[i]);
        }
        if (normalizers[s] != null) {
          normalizers[s].normalizeScores(state, pod, representatives, raw, feasible);
        }
        for (int i = 0; i < feasible; i++) {
          NodeScan.checkRange(scorers[s], raw[i]);
          groupScores[feasibleGroups[i]][s] = raw[i];
        }
      }
    }
    for (int g = 0; g < count; g++) {
      tree.setGroupAnswer(g, rejectedBy[g], groupScores[g]);
    }
  }
}
