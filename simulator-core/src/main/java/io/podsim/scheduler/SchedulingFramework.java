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
 * Runs one scheduling cycle for one pod, as kube-scheduler does: a pod nominated by an earlier
 * preemption tries its nominated node first; otherwise PreFilter, Filter over nodes starting where
 * the previous cycle stopped until enough feasible nodes are found (pods nominated to a node with
 * at least the pod's priority count as if they ran there), PostFilter when none is, PreScore,
 * Score, NormalizeScore, weighted sum, and a seeded random pick among the best.
 *
 * <p>When every plugin a cycle runs is {@link NodeLocal}, every node is to be considered and no
 * pod is nominated anywhere, the cycle chooses from a {@link ScoreTree} of the nodes' kept answers
 * instead, re-evaluating only the nodes whose pods changed: the same node, statistics and random
 * draws as visiting every node, in time that grows with the changes, not with the cluster.
 */
public final class SchedulingFramework {
  /** kube-scheduler never stops searching before this many feasible nodes. */
  static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
  /** The adaptive percentage never drops below this. */
  static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;
  private static final int[] NO_NODES = new int[0];
  /** Fewest cycles between two re-normalizations of every node; a cycle wanting one sooner visits the nodes. */
  private static final int RENORMALIZE_EVERY = 8;

  private final Profile profile;
  private final ClusterState cluster;
  private final RandomGenerator random;
  private final ScoreNormalizer[] normalizers;
  private final FilterPlugin[] filters;
  private final ScorePlugin[] scorers;
  private final long[] weights;
  /** Per PreFilter plugin: the Filter a Skip from it disables, or -1 (resolved once, not per cycle). */
  private final int[] filterOfPreFilter;
  /** Per PreScore plugin: the Score a Skip from it disables, or -1. */
  private final int[] scoreOfPreScore;
  private int nextStartNode;
  private int[] feasible = new int[0];
  private long[][] pluginScores = new long[0][];
  private long[] totals = new long[0];
  private final long[] filterRejections;
  private final long[] postFilterSuccesses;
  private final long[] scoredCycles;
  private final double[] chosenScoreSums;
  private final long[] winnerChanges;
  private final GpuSelector gpuSelector;
  private final NodeResultCache cache = new NodeResultCache();
  private final boolean[] filterIsNodeLocal;
  private final boolean[] scoreIsNodeLocal;
  /** Whether this cycle's filters are all node-local, so their answers may be reused. */
  private boolean cachingFilters;
  /** The filters whose kept answers this cycle reads. */
  private boolean[] cachedFilterRuns;
  /** Kept answers per layout, the last few (as the cache keeps the last few shapes); {@code tree} is this cycle's. */
  private final List<ScoreForest> forests = new ArrayList<>();
  private ScoreForest tree;
  private long forestUses;
  private long cyclesFromKeptAnswers;
  private long cycles;
  private final Map<String, NodeGroups> groupsByLabel = new HashMap<>();
  private int groupsNodeCount = -1;
  private long[] leafScores;
  private long[] leafRaws;

  public SchedulingFramework(Profile profile, ClusterState cluster, RandomGenerator random) {
    this.profile = profile;
    this.cluster = cluster;
    this.random = random;
    List<Profile.WeightedScore> scores = profile.scores();
    this.normalizers = new ScoreNormalizer[scores.size()];
    this.filters = profile.filters().toArray(FilterPlugin[]::new);
    this.scorers = scores.stream().map(Profile.WeightedScore::plugin).toArray(ScorePlugin[]::new);
    this.weights = scores.stream().mapToLong(Profile.WeightedScore::weight).toArray();
    this.filterOfPreFilter = profile.preFilters().stream().mapToInt(p -> profile.filters().indexOf(p)).toArray();
    List<ScorePlugin> scorePlugins = List.of(scorers);
    this.scoreOfPreScore = profile.preScores().stream().mapToInt(p -> scorePlugins.indexOf(p)).toArray();
    this.filterRejections = new long[profile.filters().size()];
    this.postFilterSuccesses = new long[profile.postFilters().size()];
    this.scoredCycles = new long[scores.size()];
    this.chosenScoreSums = new double[scores.size()];
    this.winnerChanges = new long[scores.size()];
    for (int i = 0; i < normalizers.length; i++) {
      if (scores.get(i).plugin() instanceof ScoreNormalizer normalizer) {
        normalizers[i] = normalizer;
      }
    }
    this.gpuSelector = gpuSelector(scores);
    this.filterIsNodeLocal = new boolean[filters.length];
    for (int f = 0; f < filters.length; f++) {
      filterIsNodeLocal[f] = filters[f] instanceof NodeLocal;
    }
    this.scoreIsNodeLocal = new boolean[scorers.length];
    for (int s = 0; s < scorers.length; s++) {
      scoreIsNodeLocal[s] = scorers[s] instanceof NodeLocal;
    }
    this.leafScores = new long[scorers.length];
    this.leafRaws = new long[scorers.length];
    cluster.addPlacementListener((pod, node, sign) -> forests.forEach(forest -> forest.markDirty(node)));
  }

  /** The selector of the highest-weight score plugin that is one (the first on ties), else best fit. */
  private static GpuSelector gpuSelector(List<Profile.WeightedScore> scores) {
    GpuSelector chosen = GpuSelector.BEST_FIT;
    int weight = 0;
    for (Profile.WeightedScore score : scores) {
      if (score.plugin() instanceof GpuSelector selector && score.weight() > weight) {
        chosen = selector;
        weight = score.weight();
      }
    }
    return chosen;
  }

  public Profile profile() {
    return profile;
  }

  /** Picks a node for the pod: the node index, or -1 with the reasons in the returned result. */
  public CycleResult schedule(Pod pod, Evictor evictor) {
    cycles++;
    ensureCapacity(cluster.nodeCount());
    CycleState state = new CycleState(random);
    Diagnosis diagnosis = new Diagnosis(cluster.nodeCount());
    boolean[] skipFilter = new boolean[profile.filters().size()];
    Status rejection = preFilter(state, pod, skipFilter);
    if (rejection != null) {
      diagnosis.rejectedByPreFilter(rejection);
      return runPostFilter(state, pod, diagnosis, evictor);
    }
    int nominated = pod.nominatedNode();
    if (nominated >= 0 && nominated < cluster.nodeCount() && filter(state, pod, nominated, skipFilter) == null) {
      return placed(state, pod, nominated);
    }
    int count;
    try {
      int chosen = -1;
      if (profile.reusesNodeAnswers()) {
        FilterPlan plan = planFilters(state, pod, skipFilter);
        cache.begin(pod, bits(skipFilter) | bits(plan.perGroup()), cluster.nodeCount(), scorers.length);
        cachingFilters = plan.allPerNode() && filters.length < Long.SIZE;
        cachedFilterRuns = plan.perNode();
        chosen = selectIncrementally(state, pod, plan);
      }
      if (chosen >= 0) {
        return placed(state, pod, chosen);
      }
      count = findFeasibleNodes(state, pod, diagnosis, skipFilter);
    } finally {
      cachingFilters = false;
    }
    if (count == 0) {
      return runPostFilter(state, pod, diagnosis, evictor);
    }
    if (count == 1) {
      return placed(state, pod, feasible[0]);
    }
    return placed(state, pod, selectHost(state, pod, count));
  }

  /** The chosen node, with the GPUs the profile's selector gives a GPU pod on it. */
  private CycleResult placed(CycleState state, Pod pod, int node) {
    return pod.spec().gpu().any() ? CycleResult.placed(node, gpuSelector.selectGpus(state, pod, cluster, node))
        : CycleResult.placed(node);
  }

  /** True when the pod passes PreFilter and every Filter on the node as the cluster stands. */
  public boolean fits(Pod pod, int node) {
    CycleState state = new CycleState(random);
    boolean[] skipFilter = new boolean[profile.filters().size()];
    return preFilter(state, pod, skipFilter) == null && filter(state, pod, node, skipFilter) == null;
  }

  /** Runs every PreFilter; returns the rejection, or null, marking filters to skip. */
  private Status preFilter(CycleState state, Pod pod, boolean[] skipFilter) {
    List<PreFilterPlugin> preFilters = profile.preFilters();
    for (int p = 0; p < preFilters.size(); p++) {
      Status status = preFilters.get(p).preFilter(state, pod, cluster);
      if (status.isRejection()) {
        return status;
      }
      if (status.isSkip() && filterOfPreFilter[p] >= 0) {
        skipFilter[filterOfPreFilter[p]] = true;
      }
    }
    return null;
  }

  private CycleResult runPostFilter(CycleState state, Pod pod, Diagnosis diagnosis, Evictor evictor) {
    PostFilterContext context = new Context(evictor);
    List<PostFilterPlugin> postFilters = profile.postFilters();
    for (int i = 0; i < postFilters.size(); i++) {
      if (postFilters.get(i).postFilter(state, pod, cluster, diagnosis, context).isSuccess()) {
        postFilterSuccesses[i]++;
        break;
      }
    }
    return CycleResult.unschedulable(diagnosis);
  }

  private int findFeasibleNodes(CycleState state, Pod pod, Diagnosis diagnosis, boolean[] skipFilter) {
    int nodes = cluster.nodeCount();
    int wanted = numFeasibleNodesToFind(profile.percentageOfNodesToScore(), nodes);
    int found = 0;
    int processed = 0;
    while (processed < nodes && found < wanted) {
      int node = (nextStartNode + processed) % nodes;
      processed++;
      Status rejection = filter(state, pod, node, skipFilter);
      if (rejection == null) {
        feasible[found++] = node;
      } else {
        diagnosis.add(node, rejection);
      }
    }
    nextStartNode = nodes == 0 ? 0 : (nextStartNode + processed) % nodes;
    return found;
  }

  /** The flags as bits (at most 64 of them: the framework's plugin lists are short). */
  private static long bits(boolean[] flags) {
    long bits = 0;
    for (int i = 0; i < flags.length && i < Long.SIZE; i++) {
      bits |= flags[i] ? 1L << i : 0;
    }
    return bits;
  }

  /** Runs the filters on one node, with nominated pods of at least this priority counted; null = fits. */
  private Status filter(CycleState state, Pod pod, int node, boolean[] skipFilter) {
    if (!cluster.hasNominations(node)) {
      return cachingFilters ? cachedFilters(state, pod, node) : runFilters(state, pod, node, skipFilter);
    }
    List<Pod> nominated = cluster.nominatedOn(node);
    List<Pod> counted = new ArrayList<>();
    for (Pod other : nominated) {
      if (other != pod && other.spec().priority() >= pod.spec().priority()) {
        counted.add(other);
      }
    }
    counted.forEach(other -> cluster.attach(other, node));
    try {
      return runFilters(state, pod, node, skipFilter);
    } finally {
      counted.forEach(other -> cluster.detach(other, node));
    }
  }

  private Status runFilters(CycleState state, Pod pod, int node, boolean[] skipFilter) {
    for (int f = 0; f < filters.length; f++) {
      if (!skipFilter[f]) {
        Status status = filters[f].filter(state, pod, cluster, node);
        if (!status.isSuccess()) {
          filterRejections[f]++;
          return status;
        }
      }
    }
    return null;
  }

  /** The node's filter answer for this pod shape: reused while the node is unchanged, else computed and kept. */
  private Status cachedFilters(CycleState state, Pod pod, int node) {
    int rejectedBy = cachedRejection(state, pod, node, cachedFilterRuns);
    if (rejectedBy < 0) {
      return null;
    }
    filterRejections[rejectedBy]++;
    return cache.rejection(node);
  }

  /**
   * The filter among {@code runs} that rejects the node for this pod shape (-1 when none does), from
   * the kept answer if still valid.
   */
  private int cachedRejection(CycleState state, Pod pod, int node, boolean[] runs) {
    if (cache.hasFilterAnswer(cluster, node)) {
      return cache.rejectedBy(node);
    }
    for (int f = 0; f < filters.length; f++) {
      if (runs[f]) {
        Status status = filters[f].filter(state, pod, cluster, node);
        if (!status.isSuccess()) {
          cache.putFilterAnswer(cluster, node, f, status);
          return f;
        }
      }
    }
    cache.putFilterAnswer(cluster, node, -1, null);
    return -1;
  }

  /** A node-local plugin's raw score on the node, from the kept answer if still valid. */
  private long cachedScore(CycleState state, Pod pod, int scorer, int node) {
    if (cache.hasScore(cluster, scorer, node)) {
      return cache.score(scorer, node);
    }
    long value = scorers[scorer].score(state, pod, cluster, node);
    cache.putScore(cluster, scorer, node, value);
    return value;
  }

  /** The node chosen from the score tree, or -1 when this cycle must visit the nodes (see the class comment). */
  private int selectIncrementally(CycleState state, Pod pod, FilterPlan plan) {
    int nodes = cluster.nodeCount();
    if (!plan.treeAllowed() || cluster.nominatedPodCount() > 0
        || numFeasibleNodesToFind(profile.percentageOfNodesToScore(), nodes) < nodes) {
      return -1;
    }
    ScorePlan scores = planScores(state, pod, plan.groupKey());
    NodeGroups groups = scores == null || scores.groupKey() == null ? null : groups(scores.groupKey());
    if (scores == null || groups != null && !groups.fewEnough()) {
      return -1;
    }
    if (!refreshTree(state, pod, plan, scores, groups) || tree.feasibleCount() == 0) {
      return -1;
    }
    for (int f = 0; f < filters.length; f++) {
      filterRejections[f] += tree.rejections(f);
    }
    cyclesFromKeptAnswers++;
    if (tree.feasibleCount() == 1) {
      return tree.select(0, 0);
    }
    int best;
    if (profile.tieBreak() == Profile.TieBreak.NODE_ORDER) {
      best = tree.select(0, 0);
    } else {
      int ties = tree.bestCount();
      best = tree.select(nextStartNode, ties > 1 ? random.nextInt(ties) : 0);
    }
    for (int s = 0; s < scorers.length; s++) {
      if (scores.skip()[s]) {
        continue;
      }
      scoredCycles[s]++;
      long score = tree.score(s, best, scores.perGroup()[s]);
      chosenScoreSums[s] += score;
      if (tree.bestWithout(s, scores.perGroup()[s]) > tree.total(best) - weights[s] * score) {
        winnerChanges[s]++;
      }
    }
    return best;
  }

  /**
   * How this cycle's filters run: per node from kept answers (node-local ones), or once per group
   * of nodes sharing a label value ({@link LabelUniform} ones, all after the per-node ones and on one
   * label). The tree may be used only when every filter that runs is one or the other.
   */
  private record FilterPlan(boolean[] perNode, boolean[] perGroup, String groupKey, boolean allPerNode,
      boolean treeAllowed) {}

  private FilterPlan planFilters(CycleState state, Pod pod, boolean[] skipFilter) {
    boolean[] perNode = new boolean[filters.length];
    boolean[] perGroup = new boolean[filters.length];
    String key = null;
    boolean allPerNode = true;
    boolean treeAllowed = filters.length + scorers.length < Long.SIZE;
    for (int f = 0; f < filters.length; f++) {
      if (skipFilter[f]) {
        continue;
      }
      if (filterIsNodeLocal[f] || filters[f] instanceof NodeLocalFilterWhen conditional
          && conditional.filtersNodeLocally(state, pod, cluster)) {
        perNode[f] = true;
        // after a group filter, a node's first rejecting filter could no longer be told per node
        treeAllowed &= key == null;
        continue;
      }
      allPerNode = false;
      String within = filters[f] instanceof LabelUniform uniform ? uniform.filterUniformWithin(state, pod, cluster)
          : null;
      if (within == null || key != null && !key.equals(within)) {
        treeAllowed = false;
      } else {
        key = within;
        perGroup[f] = true;
      }
    }
    return new FilterPlan(perNode, perGroup, key, allPerNode, treeAllowed);
  }

  /** Which score plugins this cycle skips and which score per group of nodes (on {@code groupKey}). */
  private record ScorePlan(boolean[] skip, boolean[] perGroup, String groupKey) {}

  /**
   * The score plan when the tree may be used: every PreScore either skips whatever the nodes or
   * needs no node list, and every score plugin that runs is node-local (normalizing, if at all,
   * from the lowest and highest raw score alone) or uniform within the groups' label. Null when not.
   */
  private ScorePlan planScores(CycleState state, Pod pod, String groupKey) {
    List<PreScorePlugin> preScores = profile.preScores();
    boolean[] skipsAnyway = new boolean[preScores.size()];
    for (int p = 0; p < preScores.size(); p++) {
      PreScorePlugin plugin = preScores.get(p);
      skipsAnyway[p] = plugin.skipsWhateverTheNodes(state, pod, cluster);
      if (!skipsAnyway[p] && plugin.needsFeasibleNodes()) {
        return null;
      }
    }
    boolean[] skip = new boolean[scorers.length];
    for (int p = 0; p < preScores.size(); p++) {
      if (skipsAnyway[p] || preScores.get(p).preScore(state, pod, cluster, NO_NODES, 0).isSkip()) {
        markSkipped(skip, p);
      }
    }
    boolean[] perGroup = new boolean[scorers.length];
    String key = groupKey;
    for (int s = 0; s < scorers.length; s++) {
      if (skip[s]) {
        continue;
      }
      if (scoreIsNodeLocal[s] || scorers[s] instanceof NodeLocalScoreWhen conditional
          && conditional.scoresNodeLocally(state, pod, cluster)) {
        if (normalizers[s] != null && !normalizers[s].normalizesByExtremes()) {
          return null;
        }
        continue;
      }
      String within = scorers[s] instanceof LabelUniform uniform ? uniform.scoreUniformWithin(state, pod, cluster)
          : null;
      if (within == null || key != null && !key.equals(within)) {
        return null;
      }
      key = within;
      perGroup[s] = true;
    }
    return new ScorePlan(skip, perGroup, key);
  }

  private void markSkipped(boolean[] skipScore, int preScore) {
    if (scoreOfPreScore[preScore] >= 0) {
      skipScore[scoreOfPreScore[preScore]] = true;
    }
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
   * the layout differs), then each group's answer from one of its nodes.
   */
  private boolean refreshTree(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores, NodeGroups groups) {
    boolean[] local = new boolean[scorers.length];
    for (int s = 0; s < scorers.length; s++) {
      local[s] = !scores.skip()[s] && !scores.perGroup()[s];
    }
    int nodes = cluster.nodeCount();
    TreeLayout layout = new TreeLayout(cache.generation(), bits(scores.skip()), bits(scores.perGroup()),
        scores.groupKey());
    tree = forestFor(layout, nodes);
    boolean resumed = tree.resume(layout, nodes, groups, filters.length, local, weights);
    int changed = resumed ? tree.dirtyCount() : nodes;
    pushLeaves(state, pod, plan, scores, resumed, changed);
    if (groups != null) {
      refreshGroups(state, pod, plan, scores);
    }
    long[][] extremes = movedExtremes(scores);
    if (extremes == null) {
      return true;
    }
    // extremes that move cycle after cycle (pods piling onto one node) would make every cycle a full one
    if (resumed && cycles - tree.renormalizedAt < RENORMALIZE_EVERY) {
      return false;
    }
    for (int s = 0; s < scorers.length; s++) {
      if (extremes[s] != null) {
        tree.normalizeWith(s, extremes[s]);
      }
    }
    tree.renormalizedAt = cycles;
    pushLeaves(state, pod, plan, scores, false, nodes);
    return true;
  }

  /** Sets the per-node answers of the changed nodes ({@code all}: of the first {@code count} nodes). */
  private void pushLeaves(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores, boolean onlyDirty,
      int count) {
    // past one node in eight, recombining every slot once is cheaper than per node
    boolean bulk = !onlyDirty || count * 8L > cluster.nodeCount();
    tree.beginSetting(bulk);
    for (int i = 0; i < count; i++) {
      int node = onlyDirty ? tree.dirtyNode(i) : i;
      if (!onlyDirty || !tree.isCurrent(node, cluster.version(node))) {
        updateLeaf(state, pod, node, plan, scores);
      }
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
        if (!Arrays.equals(extremes, tree.normalizedWith(s))) {
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
    if (found == null && forests.size() < NodeResultCache.SHAPES) {
      found = new ScoreForest();
      forests.add(found);
    }
    found = found == null ? oldest : found;
    found.lastUse = ++forestUses;
    return found;
  }

  /** Asks one node of each group for the group filters' verdict and the group scores (normalized over feasible groups). */
  private void refreshGroups(CycleState state, Pod pod, FilterPlan plan, ScorePlan scores) {
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
          checkRange(scorers[s], raw[i]);
          groupScores[feasibleGroups[i]][s] = raw[i];
        }
      }
    }
    for (int g = 0; g < count; g++) {
      tree.setGroupAnswer(g, rejectedBy[g], groupScores[g]);
    }
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
        leafScores[s] = normalizers[s] == null ? leafRaws[s] : normalizedByExtremes(state, pod, s, leafRaws[s]);
        checkRange(scorers[s], leafScores[s]);
      }
    }
    tree.setFeasible(node, cluster.version(node), leafScores, leafRaws);
  }

  /**
   * The normalized score of a raw score between the lowest and highest the tree last normalized
   * with; 0 for one outside them, as the extremes have then moved and every node is set again.
   */
  private long normalizedByExtremes(CycleState state, Pod pod, int scorer, long raw) {
    long[] extremes = tree.normalizedWith(scorer);
    if (raw < extremes[0] || raw > extremes[1]) {
      return 0;
    }
    long[] scores = {extremes[0], extremes[1], raw};
    normalizers[scorer].normalizeScores(state, pod, NO_NODES, scores, scores.length);
    return scores[2];
  }

  private static void checkRange(ScorePlugin plugin, long score) {
    if (score < 0 || score > ScorePlugin.MAX_NODE_SCORE) {
      throw new IllegalStateException(plugin.name() + " gave score " + score + " outside 0..100");
    }
  }

  /** kube-scheduler's numFeasibleNodesToFind: all nodes in small clusters, else a share of them. */
  public static int numFeasibleNodesToFind(int percentage, int nodes) {
    if (nodes < MIN_FEASIBLE_NODES_TO_FIND || percentage >= 100) {
      return nodes;
    }
    int adaptive = percentage;
    if (adaptive <= 0) {
      adaptive = Math.max(50 - nodes / 125, MIN_FEASIBLE_NODES_PERCENTAGE);
    }
    return Math.max(nodes * adaptive / 100, MIN_FEASIBLE_NODES_TO_FIND);
  }

  private int selectHost(CycleState state, Pod pod, int count) {
    Arrays.fill(totals, 0, count, 0);
    int[] nodes = feasible;
    boolean[] skipScore = new boolean[scorers.length];
    List<PreScorePlugin> preScores = profile.preScores();
    for (int p = 0; p < preScores.size(); p++) {
      if (preScores.get(p).preScore(state, pod, cluster, nodes, count).isSkip() && scoreOfPreScore[p] >= 0) {
        skipScore[scoreOfPreScore[p]] = true;
      }
    }
    for (int s = 0; s < scorers.length; s++) {
      if (skipScore[s]) {
        continue;
      }
      ScorePlugin plugin = scorers[s];
      long[] raw = pluginScores[s];
      if (scoreIsNodeLocal[s] && profile.reusesNodeAnswers()) {
        for (int i = 0; i < count; i++) {
          raw[i] = cachedScore(state, pod, s, nodes[i]);
        }
      } else {
        for (int i = 0; i < count; i++) {
          raw[i] = plugin.score(state, pod, cluster, nodes[i]);
        }
      }
      if (normalizers[s] != null) {
        normalizers[s].normalizeScores(state, pod, nodes, raw, count);
      }
      long weight = weights[s];
      for (int i = 0; i < count; i++) {
        checkRange(plugin, raw[i]);
        totals[i] += raw[i] * weight;
      }
    }
    int best = pickBest(nodes, count);
    recordScoreStatistics(skipScore, nodes, count, best);
    return nodes[best];
  }

  /** Per score plugin: its score on the chosen node, and whether the choice depended on it. */
  private void recordScoreStatistics(boolean[] skipScore, int[] nodes, int count, int best) {
    List<Profile.WeightedScore> scores = profile.scores();
    for (int s = 0; s < scores.size(); s++) {
      if (skipScore[s]) {
        continue;
      }
      long[] raw = pluginScores[s];
      long weight = scores.get(s).weight();
      scoredCycles[s]++;
      chosenScoreSums[s] += raw[best];
      long chosenWithout = totals[best] - weight * raw[best];
      for (int i = 0; i < count; i++) {
        if (totals[i] - weight * raw[i] > chosenWithout) {
          winnerChanges[s]++;
          break;
        }
      }
    }
  }

  /** Cycles that chose a node from kept answers, re-evaluating only what changed, instead of visiting every node. */
  public long cyclesFromKeptAnswers() {
    return cyclesFromKeptAnswers;
  }

  /** What each plugin of the profile did so far, in profile order. */
  public List<PluginStatistics> statistics() {
    List<PluginStatistics> result = new ArrayList<>();
    List<Profile.WeightedScore> scores = profile.scores();
    for (Plugin plugin : profile.plugins()) {
      int f = profile.filters().indexOf(plugin);
      int p = profile.postFilters().indexOf(plugin);
      int s = -1;
      for (int i = 0; i < scores.size(); i++) {
        s = scores.get(i).plugin() == plugin ? i : s;
      }
      long cycles = s < 0 ? 0 : scoredCycles[s];
      result.add(new PluginStatistics(plugin.name(), f < 0 ? 0 : filterRejections[f],
          p < 0 ? 0 : postFilterSuccesses[p], cycles, cycles == 0 ? 0 : chosenScoreSums[s] / cycles,
          s < 0 ? 0 : winnerChanges[s]));
    }
    return result;
  }

  /**
   * The position of the highest total; among equals, each is equally likely (one seeded draw picks
   * the j-th of them in scan order, so the score tree can make the same choice), or with
   * {@link Profile.TieBreak#NODE_ORDER} the lowest node index.
   */
  private int pickBest(int[] nodes, int count) {
    int best = 0;
    int ties = 1;
    for (int i = 1; i < count; i++) {
      if (totals[i] > totals[best]) {
        best = i;
        ties = 1;
      } else if (totals[i] == totals[best]) {
        ties++;
        best = profile.tieBreak() == Profile.TieBreak.NODE_ORDER && nodes[i] < nodes[best] ? i : best;
      }
    }
    if (ties == 1 || profile.tieBreak() == Profile.TieBreak.NODE_ORDER) {
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
    pluginScores = new long[profile.scores().size()][nodes];
  }

  /** What a PostFilter plugin sees: the engine's clock and evictions, and this framework's checks. */
  private final class Context implements PostFilterContext {
    private final Evictor evictor;

    Context(Evictor evictor) {
      this.evictor = evictor;
    }

    @Override
    public long now() {
      return evictor.now();
    }

    @Override
    public void evict(Pod victim, String reason) {
      evictor.evict(victim, reason);
    }

    @Override
    public boolean fits(Pod pod, int node) {
      return SchedulingFramework.this.fits(pod, node);
    }

    @Override
    public RandomGenerator random() {
      return random;
    }
  }
}
