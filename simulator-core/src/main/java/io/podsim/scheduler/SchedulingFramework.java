package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Runs one scheduling cycle for one pod, as kube-scheduler does: a pod nominated by an earlier
 * preemption tries its nominated node first; otherwise PreFilter, Filter over nodes starting where
 * the previous cycle stopped until enough feasible nodes are found (pods nominated to a node with
 * at least the pod's priority count as if they ran there), PostFilter when none is, PreScore,
 * Score, NormalizeScore, weighted sum, and a seeded random pick among the best.
 *
 * <p>When a cycle allows it (see {@link IncrementalSelector}), the node is chosen from kept answers
 * instead, re-evaluating only the nodes whose pods changed: the same node, statistics and random
 * draws as visiting every node, in time that grows with the changes, not with the cluster.
 */
public final class SchedulingFramework {
  /** kube-scheduler never stops searching before this many feasible nodes. */
  static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
  /** The adaptive percentage never drops below this. */
  static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

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
  private final NodeAnswers answers;
  private final IncrementalSelector incremental;
  private final boolean[] filterIsNodeLocal;
  private final boolean[] scoreIsNodeLocal;
  /** Whether this cycle's filters are all node-local, so their answers may be reused. */
  private boolean cachingFilters;
  /** The filters whose kept answers this cycle reads. */
  private boolean[] cachedFilterRuns;

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
    this.answers = new NodeAnswers(cluster, filters, scorers);
    this.incremental = new IncrementalSelector(new PluginTable(profile, filters, scorers, normalizers, weights,
        filterIsNodeLocal, scoreIsNodeLocal, scoreOfPreScore), cluster, random, answers,
        new PluginTally(filterRejections, scoredCycles, chosenScoreSums, winnerChanges));
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
        IncrementalSelector.FilterPlan plan = incremental.planFilters(state, pod, skipFilter);
        answers.begin(pod, bits(skipFilter) | bits(plan.perGroup()), incremental.readsPodIdentity(state, pod, plan));
        cachingFilters = plan.allPerNode() && filters.length < Long.SIZE;
        cachedFilterRuns = plan.perNode();
        chosen = incremental.select(state, pod, plan, nextStartNode);
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
  static long bits(boolean[] flags) {
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
    int rejectedBy = answers.rejection(state, pod, node, cachedFilterRuns);
    if (rejectedBy < 0) {
      return null;
    }
    filterRejections[rejectedBy]++;
    return answers.rejectionStatus(node);
  }

  static void checkRange(ScorePlugin plugin, long score) {
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
          raw[i] = answers.score(state, pod, s, nodes[i]);
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
    return incremental.cyclesFromKeptAnswers();
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
   * a tie-break by node order the lowest node index.
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
        best = profile.tieBreak().byNodeOrder() && nodes[i] < nodes[best] ? i : best;
      }
    }
    if (ties == 1 || profile.tieBreak().byNodeOrder()) {
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
