package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Runs one scheduling cycle for one pod, as kube-scheduler's scheduleOne does: a pod nominated by an
 * earlier preemption tries its nominated node first; otherwise PreFilter, then the search for a
 * node that {@link SearchPolicy} picks for the cycle (a {@link NodeSearch}: filters, scores and the
 * seeded pick among the best), PostFilter when no node fits, and Reserve on the chosen node.
 */
public final class SchedulingFramework {
  private final Profile profile;
  private final ClusterState cluster;
  private final RandomGenerator random;
  private final PluginTable plugins;
  private final PluginTally tally;
  private final NodeFilters nodeFilters;
  private final KeptAnswerTree tree;
  private final SearchPolicy policy;

  public SchedulingFramework(Profile profile, ClusterState cluster, RandomGenerator random) {
    this.profile = profile;
    this.cluster = cluster;
    this.random = random;
    this.plugins = PluginTable.of(profile);
    this.tally = PluginTally.of(profile);
    this.nodeFilters = new NodeFilters(cluster, plugins, tally);
    NodeAnswers answers = new NodeAnswers(cluster, plugins.filters(), plugins.scorers());
    ScanStart start = new ScanStart();
    this.tree = new KeptAnswerTree(plugins, cluster, random, answers, tally, start);
    this.policy = new SearchPolicy(cluster, plugins, answers,
        new PlainScan(cluster, plugins, random, tally, start, nodeFilters),
        new CachedScan(cluster, plugins, random, tally, start, nodeFilters, answers), tree);
  }

  public Profile profile() {
    return profile;
  }

  /** Picks a node for the pod: the node index, or -1 with the reasons in the returned result. */
  public CycleResult schedule(Pod pod, Evictor evictor) {
    CycleState state = new CycleState(random);
    Diagnosis diagnosis = new Diagnosis(cluster.nodeCount());
    boolean[] skipFilter = new boolean[profile.filters().size()];
    Status rejection = preFilter(state, pod, skipFilter);
    if (rejection != null) {
      diagnosis.rejectedByPreFilter(rejection);
      return runPostFilter(state, pod, diagnosis, evictor);
    }
    int nominated = pod.nominatedNode();
    if (nominated >= 0 && nominated < cluster.nodeCount()
        && nodeFilters.run(state, pod, nominated, skipFilter) == null) {
      return placed(state, pod, nominated);
    }
    SearchCycle cycle = policy.plan(state, pod, skipFilter, diagnosis);
    int chosen = NodeSearch.DECLINED;
    for (int i = 0; i < cycle.searches().size() && chosen == NodeSearch.DECLINED; i++) {
      chosen = cycle.searches().get(i).choose(state, pod, cycle);
    }
    return chosen < 0 ? runPostFilter(state, pod, diagnosis, evictor) : placed(state, pod, chosen);
  }

  /** The chosen node, with the GPUs that Reserve gives a GPU pod on it (kube-scheduler's order: Filter, Score, Reserve). */
  private CycleResult placed(CycleState state, Pod pod, int node) {
    if (!pod.spec().gpu().any()) {
      return CycleResult.placed(node);
    }
    for (ReservePlugin reserve : profile.reserves()) {
      int[] devices = reserve.reserveGpus(state, pod, cluster, node);
      if (devices != null) {
        return CycleResult.placed(node, devices);
      }
    }
    return CycleResult.placed(node, GpuDevices.bestFit(pod, cluster, node));
  }

  /** True when the pod passes PreFilter and every Filter on the node as the cluster stands. */
  public boolean fits(Pod pod, int node) {
    return check(pod, node).isSuccess();
  }

  /** The first rejection PreFilter or a Filter gives the pod on the node; success when it fits. */
  public Status check(Pod pod, int node) {
    CycleState state = new CycleState(random);
    boolean[] skipFilter = new boolean[profile.filters().size()];
    Status rejection = preFilter(state, pod, skipFilter);
    if (rejection == null) {
      rejection = nodeFilters.run(state, pod, node, skipFilter);
    }
    return rejection == null ? Status.success() : rejection;
  }

  /** Runs every PreFilter; returns the rejection, or null, marking filters to skip. */
  private Status preFilter(CycleState state, Pod pod, boolean[] skipFilter) {
    List<PreFilterPlugin> preFilters = profile.preFilters();
    int[] filterOfPreFilter = plugins.filterOfPreFilter();
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
    List<String> said = new ArrayList<>();
    for (int i = 0; i < postFilters.size(); i++) {
      Status status = postFilters.get(i).postFilter(state, pod, cluster, diagnosis, context);
      if (status.isSuccess()) {
        tally.postFilterSuccesses()[i]++;
        return CycleResult.unschedulable(diagnosis);
      }
      said.addAll(status.reasons());
    }
    // kube-scheduler's RunPostFilterPlugins: the failing plugins' reasons, joined, become the FitError's PostFilterMsg
    diagnosis.postFilterMessage(String.join(", ", said));
    return CycleResult.unschedulable(diagnosis);
  }

  /** kube-scheduler's numFeasibleNodesToFind: all nodes in small clusters, else a share of them. */
  public static int numFeasibleNodesToFind(int percentage, int nodes) {
    return NodeScan.numFeasibleNodesToFind(percentage, nodes);
  }

  /** Cycles that chose a node from kept answers, re-evaluating only what changed, instead of visiting every node. */
  public long cyclesFromKeptAnswers() {
    return tree.cyclesFromKeptAnswers();
  }

  /** Cycles so far by why they searched as they did: the reason's text, in the policy's order. */
  public Map<String, Long> searchReasons() {
    Map<String, Long> reasons = new LinkedHashMap<>();
    policy.cycles().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> reasons.put(e.getKey().reason(), e.getValue()));
    return reasons;
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
      long cycles = s < 0 ? 0 : tally.scoredCycles()[s];
      result.add(new PluginStatistics(plugin.name(), f < 0 ? 0 : tally.filterRejections()[f],
          p < 0 ? 0 : tally.postFilterSuccesses()[p], cycles, cycles == 0 ? 0 : tally.chosenScoreSums()[s] / cycles,
          s < 0 ? 0 : tally.winnerChanges()[s]));
    }
    return result;
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
    public Status check(Pod pod, int node) {
      return SchedulingFramework.this.check(pod, node);
    }

    @Override
    public RandomGenerator random() {
      return random;
    }
  }
}
