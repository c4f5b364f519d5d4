package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * kube-scheduler's own search: filter nodes starting where the previous cycle stopped until enough
 * feasible ones are found (findNodesThatFitPod, numFeasibleNodesToFind), PreScore, Score,
 * NormalizeScore, the weighted sum, and selectHost's pick among the best. Subclasses say where a
 * node's filter verdict and a plugin's raw score come from.
 */
abstract class NodeScan implements NodeSearch {
  /** kube-scheduler never stops searching before this many feasible nodes. */
  static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
  /** The adaptive percentage never drops below this. */
  static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

  protected final ClusterState cluster;
  protected final PluginTable plugins;
  private final RandomGenerator random;
  private final PluginTally tally;
  private final ScanStart start;
  private int[] feasible = new int[0];
  private long[][] pluginScores = new long[0][];
  private long[] totals = new long[0];

  NodeScan(ClusterState cluster, PluginTable plugins, RandomGenerator random, PluginTally tally, ScanStart start) {
    this.cluster = cluster;
    this.plugins = plugins;
    this.random = random;
    this.tally = tally;
    this.start = start;
  }

  /** Null when the pod fits the node; else the rejection, counted against its filter. */
  abstract Status filter(CycleState state, Pod pod, int node, SearchCycle cycle);

  /** The plugin's raw score on the node. */
  abstract long rawScore(CycleState state, Pod pod, int scorer, int node);

  @Override
  public int choose(CycleState state, Pod pod, SearchCycle cycle) {
    ensureCapacity(cluster.nodeCount());
    int count = findFeasibleNodes(state, pod, cycle);
    if (count == 0) {
      return -1;
    }
    return count == 1 ? feasible[0] : selectHost(state, pod, count);
  }

  /** kube-scheduler's numFeasibleNodesToFind: all nodes in small clusters, else a share of them. */
  static int numFeasibleNodesToFind(int percentage, int nodes) {
    if (nodes < MIN_FEASIBLE_NODES_TO_FIND || percentage >= 100) {
      return nodes;
    }
    int adaptive = percentage;
    if (adaptive <= 0) {
      adaptive = Math.max(50 - nodes / 125, MIN_FEASIBLE_NODES_PERCENTAGE);
    }
    return Math.max(nodes * adaptive / 100, MIN_FEASIBLE_NODES_TO_FIND);
  }

  static void checkRange(ScorePlugin plugin, long score) {
    if (score < 0 || score > ScorePlugin.MAX_NODE_SCORE) {
      throw new IllegalStateException(plugin.name() + " gave score " + score + " outside 0..100");
    }
  }

  private int findFeasibleNodes(CycleState state, Pod pod, SearchCycle cycle) {
    int nodes = cluster.nodeCount();
    int wanted = numFeasibleNodesToFind(plugins.profile().percentageOfNodesToScore(), nodes);
    int found = 0;
    int processed = 0;
    int first = start.node();
    while (processed < nodes && found < wanted) {
      int node = (first + processed) % nodes;
      processed++;
      Status rejection = filter(state, pod, node, cycle);
      if (rejection == null) {
        feasible[found++] = node;
      } else {
        cycle.diagnosis().add(node, rejection);
      }
    }
    start.set(nodes == 0 ? 0 : (first + processed) % nodes);
    return found;
  }

  private int selectHost(CycleState state, Pod pod, int count) {
    Arrays.fill(totals, 0, count, 0);
    int[] nodes = feasible;
    ScorePlugin[] scorers = plugins.scorers();
    boolean[] skipScore = new boolean[scorers.length];
    List<PreScorePlugin> preScores = plugins.profile().preScores();
    int[] scoreOfPreScore = plugins.scoreOfPreScore();
    for (int p = 0; p < preScores.size(); p++) {
      if (preScores.get(p).preScore(state, pod, cluster, nodes, count).isSkip() && scoreOfPreScore[p] >= 0) {
        skipScore[scoreOfPreScore[p]] = true;
      }
    }
    for (int s = 0; s < scorers.length; s++) {
      if (skipScore[s]) {
        continue;
      }
      long[] raw = pluginScores[s];
      for (int i = 0; i < count; i++) {
        raw[i] = rawScore(state, pod, s, nodes[i]);
      }
      ScoreNormalizer normalizer = plugins.normalizers()[s];
      if (normalizer != null) {
        normalizer.normalizeScores(state, pod, nodes, raw, count);
      }
      long weight = plugins.weights()[s];
      for (int i = 0; i < count; i++) {
        checkRange(scorers[s], raw[i]);
        totals[i] += raw[i] * weight;
      }
    }
    int best = pickBest(nodes, count);
    recordScoreStatistics(skipScore, count, best);
    return nodes[best];
  }

  /** Per score plugin: its score on the chosen node, and whether the choice depended on it. */
  private void recordScoreStatistics(boolean[] skipScore, int count, int best) {
    long[] weights = plugins.weights();
    for (int s = 0; s < weights.length; s++) {
      if (skipScore[s]) {
        continue;
      }
      long[] raw = pluginScores[s];
      tally.scoredCycles()[s]++;
      tally.chosenScoreSums()[s] += raw[best];
      long chosenWithout = totals[best] - weights[s] * raw[best];
      for (int i = 0; i < count; i++) {
        if (totals[i] - weights[s] * raw[i] > chosenWithout) {
          tally.winnerChanges()[s]++;
          break;
        }
      }
    }
  }

  /**
   * The position of the highest total; among equals, each is equally likely (one seeded draw picks
   * the j-th of them in scan order, so the score tree can make the same choice), or with
   * a tie-break by node order the lowest node index.
   */
  private int pickBest(int[] nodes, int count) {
    boolean byNodeOrder = plugins.profile().tieBreak().byNodeOrder();
    int best = 0;
    int ties = 1;
    for (int i = 1; i < count; i++) {
      if (totals[i] > totals[best]) {
        best = i;
        ties = 1;
      } else if (totals[i] == totals[best]) {
        ties++;
        best = byNodeOrder && nodes[i] < nodes[best] ? i : best;
      }
    }
    if (ties == 1 || byNodeOrder) {
      return best;
    }
    int skip = random.nextInt(ties);
    for (int i = best; ; i++) {
      if (totals[i] == totals[best] && skip-- == 0) {
        return i;
      }
    }
  }

  private void ensureCapacity(int nodes) {
    if (feasible.length >= nodes) {
      return;
    }
    feasible = new int[nodes];
    totals = new long[nodes];
    pluginScores = new long[plugins.scorers().length][nodes];
  }
}
