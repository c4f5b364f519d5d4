package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Chooses a node from kept answers instead of visiting every node, in the cycles
 * {@link SearchPolicy} gives it: every plugin that runs is node-local ({@link NodeLocal},
 * {@link NodeLocalFilterWhen}, {@link NodeLocalScoreWhen}) or answers alike within one label
 * ({@link LabelUniform}), every node is to be considered, and no pod is nominated anywhere. It keeps
 * a {@link ScoreForest} per recent layout, re-evaluates only the nodes whose pods changed, and makes
 * the same choice, random draw and plugin statistics as the scan. It declines a cycle whose scores
 * it cannot keep, or where no node is feasible (the scan then writes the diagnosis).
 */
final class KeptAnswerTree implements NodeSearch {
  private static final int[] NO_NODES = new int[0];

  private final Profile profile;
  private final PluginTable plugins;
  private final ClusterState cluster;
  private final RandomGenerator random;
  private final NodeAnswers answers;
  private final ScanStart start;
  private final FilterPlugin[] filters;
  private final ScorePlugin[] scorers;
  private final ScoreNormalizer[] normalizers;
  private final long[] weights;
  private final PluginTally tally;
  /** Kept answers per layout, the last few (as the answers keep the last few shapes); {@code tree} is this cycle's. */
  private final List<ScoreForest> forests = new ArrayList<>();
  private ScoreForest tree;
  private long forestUses;
  private long cyclesFromKeptAnswers;
  private final Map<String, NodeGroups> groupsByLabel = new HashMap<>();
  private int groupsNodeCount = -1;
  private final long[] leafScores;
  private final long[] leafRaws;
  /** Scratch for partial re-normalization: plugins whose extremes moved, the raw score each leaves unmoved, nodes to set again. */
  private final int[] movedPlugins;
  private final long[] unmoved;
  private int[] renormalize = new int[0];

  KeptAnswerTree(PluginTable plugins, ClusterState cluster, RandomGenerator random, NodeAnswers answers,
      PluginTally tally, ScanStart start) {
    this.profile = plugins.profile();
    this.plugins = plugins;
    this.cluster = cluster;
    this.random = random;
    this.answers = answers;
    this.start = start;
    this.filters = plugins.filters();
    this.scorers = plugins.scorers();
    this.normalizers = plugins.normalizers();
    this.weights = plugins.weights();
    this.tally = tally;
    this.leafScores = new long[scorers.length];
    this.leafRaws = new long[scorers.length];
    this.movedPlugins = new int[scorers.length];
    this.unmoved = new long[scorers.length];
    cluster.addPlacementListener((pod, node, sign) -> forests.forEach(forest -> forest.markDirty(node)));
  }

  /** Cycles that chose a node from kept answers. */
  long cyclesFromKeptAnswers() {
    return cyclesFromKeptAnswers;
  }

  private int cachedRejection(CycleState state, Pod pod, int node, boolean[] runs) {
    return answers.rejection(state, pod, node, runs);
  }

  private long cachedScore(CycleState state, Pod pod, int scorer, int node) {
    return answers.score(state, pod, scorer, node);
  }

  /** The node chosen from kept answers, or {@link #DECLINED} (see the class comment). */
  @Override
  public int choose(CycleState state, Pod pod, SearchCycle cycle) {
    FilterPlan plan = cycle.plan();
    ScorePlan scores = ScorePlan.of(plugins, cluster, state, pod, plan.groupKey());
    NodeGroups groups = scores == null || scores.groupKey() == null ? null : groups(scores.groupKey());
    if (scores == null || groups != null && !groups.fewEnough()) {
      return DECLINED;
    }
    refreshTree(state, pod, plan, scores, groups);
    if (tree.feasibleCount() == 0) {
      return DECLINED;
    }
    for (int f = 0; f < filters.length; f++) {
      tally.filterRejections()[f] += tree.rejections(f);
    }
    cyclesFromKeptAnswers++;
    if (tree.feasibleCount() == 1) {
      return tree.select(0, 0);
    }
    int best;
    if (profile.tieBreak().byNodeOrder()) {
      best = tree.select(0, 0);
    } else {
      int ties = tree.bestCount();
      best = tree.select(start.node(), ties > 1 ? random.nextInt(ties) : 0);
    }
    for (int s = 0; s < scorers.length; s++) {
      if (scores.skip()[s]) {
        continue;
      }
      tally.scoredCycles()[s]++;
      long score = tree.score(s, best, scores.perGroup()[s]);
      tally.chosenScoreSums()[s] += score;
      if (tree.bestWithout(s, scores.perGroup()[s]) > tree.total(best) - weights[s] * score) {
        tally.winnerChanges()[s]++;
      }
    }
    return best;
  }

  private NodeGroups groups(String label) {
    if (groupsNodeCount != cluster.nodeCount()) {
      groupsByLabel.clear();
      groupsNodeCount = cluster.nodeCount();
    }
    return groupsByLabel.computeIfAbsent(label, l -> NodeGroups.of(cluster, l));
  }

  /** What the tree's answers were computed for: a cycle with another layout starts it over. */
  private record TreeLayout(long shapeGeneration, long skippedScores, long groupScores, String groupKey) {}

  /**
   * Brings the kept answers up to date: the per-node answers of nodes that changed (every node when
   * the layout differs), then each group's answer from one of its nodes, then the per-node scores
   * normalized from extremes that moved.
   */
  private void refreshTree(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores, NodeGroups groups) {
    boolean[] local = new boolean[scorers.length];
    boolean[] normalized = new boolean[scorers.length];
    for (int s = 0; s < scorers.length; s++) {
      local[s] = !scores.skip()[s] && !scores.perGroup()[s];
      normalized[s] = local[s] && normalizers[s] != null;
    }
    int nodes = cluster.nodeCount();
    TreeLayout layout = new TreeLayout(answers.generation(), SearchPolicy.bits(scores.skip()), SearchPolicy.bits(scores.perGroup()),
        scores.groupKey());
    tree = forestFor(layout, nodes);
    boolean resumed = tree.resume(layout, nodes, groups, filters.length, local, normalized, weights);
    int changed = resumed ? tree.dirtyCount() : nodes;
    pushLeaves(state, pod, plan, scores, resumed, changed);
    if (groups != null) {
      GroupAnswers.refresh(plugins, cluster, tree, state, pod, plan, scores);
    }
    long[][] extremes = movedExtremes(scores);
    if (extremes == null) {
      return;
    }
    // when no raw score keeps its normalized score, every node is set again: cheaper than a full
    // scan, which would find the extremes moved again next cycle
    int some = resumed ? unmovedRaws(extremes) : -1;
    int count = some < 0 ? -1 : tree.nodesToRenormalize(movedPlugins, unmoved, some, renormalizeScratch(nodes));
    for (int s = 0; s < scorers.length; s++) {
      if (extremes[s] != null) {
        tree.extremes().use(s, extremes[s]);
      }
    }
    if (count < 0) {
      tree.extremes().forgetOutOfRange();
      pushLeaves(state, pod, plan, scores, false, nodes);
    } else {
      pushNodes(state, pod, plan, scores, renormalize, count);
    }
  }

  /**
   * Fills {@code movedPlugins} and {@code unmoved} with the plugins whose extremes moved and the raw
   * score each leaves unmoved; returns how many, or -1 when some plugin has none (every node must
   * be normalized again).
   */
  private int unmovedRaws(long[][] extremes) {
    int count = 0;
    for (int s = 0; s < scorers.length; s++) {
      if (extremes[s] != null) {
        long raw = normalizers[s].unmovedRaw(tree.extremes().of(s), extremes[s]);
        if (raw == ScoreNormalizer.NO_UNMOVED_RAW) {
          return -1;
        }
        movedPlugins[count] = s;
        unmoved[count++] = raw;
      }
    }
    return count;
  }

  private int[] renormalizeScratch(int nodes) {
    if (renormalize.length != nodes) {
      renormalize = new int[nodes];
    }
    return renormalize;
  }

  /** Sets the answers of the listed nodes again. */
  private void pushNodes(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores, int[] list, int count) {
    boolean bulk = count * 8L > cluster.nodeCount();
    tree.beginSetting(bulk);
    for (int i = 0; i < count; i++) {
      updateLeaf(state, pod, list[i], plan, scores);
    }
    tree.finishSetting(bulk);
  }

  /** Sets the per-node answers of the changed nodes ({@code all}: of the first {@code count} nodes). */
  private void pushLeaves(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores, boolean onlyDirty,
      int count) {
    int stale = onlyDirty ? tree.keepStale(cluster) : count;
    // past one node in eight, recombining every slot once is cheaper than per node
    boolean bulk = !onlyDirty || stale * 8L > cluster.nodeCount();
    tree.beginSetting(bulk);
    for (int i = 0; i < stale; i++) {
      updateLeaf(state, pod, onlyDirty ? tree.dirtyNode(i) : i, plan, scores);
    }
    tree.finishSetting(bulk);
  }

  /**
   * Per plugin, the lowest and highest raw score over the feasible nodes where they differ from
   * those its per-node scores were normalized with (null entries where they do not); null when
   * none differ or no node is feasible.
   */
  private long[][] movedExtremes(ScorePlan scores) {
    long[][] moved = new long[scorers.length][];
    boolean any = false;
    for (int s = 0; s < scorers.length; s++) {
      if (!scores.skip()[s] && !scores.perGroup()[s] && normalizers[s] != null) {
        long[] extremes = tree.rawExtremes(s);
        if (!Arrays.equals(extremes, tree.extremes().of(s))) {
          moved[s] = extremes;
          any = true;
        }
      }
    }
    return any && tree.feasibleCount() > 0 ? moved : null;
  }

  /** The kept answers for the layout, else the least recently used ones (to be reset for it). */
  private ScoreForest forestFor(TreeLayout layout, int nodes) {
    ScoreForest found = null;
    ScoreForest oldest = null;
    for (ScoreForest forest : forests) {
      found = forest.holds(layout, nodes) ? forest : found;
      oldest = oldest == null || forest.lastUse < oldest.lastUse ? forest : oldest;
    }
    if (found == null && forests.size() < NodeAnswers.SHAPES) {
      found = new ScoreForest();
      forests.add(found);
    }
    found = found == null ? oldest : found;
    found.lastUse = ++forestUses;
    return found;
  }

  /** Sets the node's per-node answer: the per-node filter that rejects it, or its per-node scores. */
  private void updateLeaf(CycleState state, Pod pod, int node, FilterPlan plan, ScorePlan scores) {
    int rejectedBy = cachedRejection(state, pod, node, plan.perNode());
    if (rejectedBy >= 0) {
      tree.setRejected(node, cluster.version(node), rejectedBy);
      return;
    }
    for (int s = 0; s < scorers.length; s++) {
      if (scores.skip()[s] || scores.perGroup()[s]) {
        leafScores[s] = 0;
        leafRaws[s] = 0;
      } else {
        leafRaws[s] = cachedScore(state, pod, s, node);
        leafScores[s] = normalizers[s] == null ? leafRaws[s] : normalizedByExtremes(state, pod, s, node, leafRaws[s]);
        NodeScan.checkRange(scorers[s], leafScores[s]);
      }
    }
    tree.setFeasible(node, cluster.version(node), leafScores, leafRaws);
  }

  /**
   * The normalized score of a raw score between the lowest and highest the tree last normalized
   * with; 0 for one outside them, noted so the node is set again once the moved extremes are known.
   */
  private long normalizedByExtremes(CycleState state, Pod pod, int scorer, int node, long raw) {
    long[] extremes = tree.extremes().of(scorer);
    if (raw < extremes[0] || raw > extremes[1]) {
      tree.extremes().noteOutOfRange(node);
      return 0;
    }
    long[] scores = {extremes[0], extremes[1], raw};
    normalizers[scorer].normalizeScores(state, pod, NO_NODES, scores, scores.length);
    return scores[2];
  }
}
