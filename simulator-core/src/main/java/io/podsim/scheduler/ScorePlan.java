package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.List;

/**
 * How the kept-answer tree scores a cycle: which score plugins it skips, which score per group of
 * nodes (on {@code groupKey}), and {@code deferred}: the PreScore plugins that run once the groups'
 * verdicts are known.
 */
record ScorePlan(boolean[] skip, boolean[] perGroup, String groupKey, boolean[] deferred) {
  private static final int[] NO_NODES = new int[0];

  /**
   * The plan when the tree may be used: every PreScore either skips whatever the nodes, needs no
   * node list, or belongs to a score plugin uniform within the groups' label (it then runs after the
   * groups' verdicts, given one node of each feasible group); and every score plugin that runs is
   * node-local (normalizing, if at all, from the lowest and highest raw score) or uniform within the
   * groups' label. Null when not.
   */
  static ScorePlan of(PluginTable plugins, ClusterState cluster, CycleState state, Pod pod, String groupKey) {
    List<PreScorePlugin> preScores = plugins.profile().preScores();
    int[] scoreOfPreScore = plugins.scoreOfPreScore();
    LabelUniform[] uniformScores = plugins.uniformScores();
    boolean[] skipsAnyway = new boolean[preScores.size()];
    boolean[] deferred = new boolean[preScores.size()];
    for (int p = 0; p < preScores.size(); p++) {
      PreScorePlugin plugin = preScores.get(p);
      skipsAnyway[p] = plugin.skipsWhateverTheNodes(state, pod, cluster);
      if (!skipsAnyway[p] && plugin.needsFeasibleNodes()) {
        if (scoreOfPreScore[p] < 0 || uniformScores[scoreOfPreScore[p]] == null) {
          return null;
        }
        deferred[p] = true;
      }
    }
    ScorePlugin[] scorers = plugins.scorers();
    boolean[] skip = new boolean[scorers.length];
    for (int p = 0; p < preScores.size(); p++) {
      boolean skips = skipsAnyway[p] || !deferred[p] && preScores.get(p).preScore(state, pod, cluster, NO_NODES, 0)
          .isSkip();
      if (skips && scoreOfPreScore[p] >= 0) {
        skip[scoreOfPreScore[p]] = true;
      }
    }
    boolean[] perGroup = new boolean[scorers.length];
    String key = groupKey;
    for (int s = 0; s < scorers.length; s++) {
      if (skip[s]) {
        continue;
      }
      NodeLocalScoreWhen conditional = plugins.conditionalScores()[s];
      if (!waitsForGroups(scoreOfPreScore, deferred, s) && (plugins.scoreIsNodeLocal()[s]
          || conditional != null && conditional.scoresNodeLocally(state, pod, cluster))) {
        ScoreNormalizer normalizer = plugins.normalizers()[s];
        if (normalizer != null && !normalizer.normalizesByExtremes()) {
          return null;
        }
        continue;
      }
      String within = uniformScores[s] != null ? uniformScores[s].scoreUniformWithin(state, pod, cluster) : null;
      if (within == null || key != null && !key.equals(within)) {
        return null;
      }
      key = within;
      perGroup[s] = true;
    }
    return new ScorePlan(skip, perGroup, key, deferred);
  }

  /** True when the score plugin's PreScore is deferred until the groups' verdicts are known. */
  private static boolean waitsForGroups(int[] scoreOfPreScore, boolean[] deferred, int scorer) {
    for (int p = 0; p < deferred.length; p++) {
      if (deferred[p] && scoreOfPreScore[p] == scorer) {
        return true;
      }
    }
    return false;
  }
}
