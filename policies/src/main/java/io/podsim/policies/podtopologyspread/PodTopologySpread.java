package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.policies.PluginArgs;
import io.podsim.policies.podtopologyspread.SpreadFilter.FilterState;
import io.podsim.policies.podtopologyspread.SpreadScores.ScoreState;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.LabelUniform;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * kube-scheduler's PodTopologySpread.
 *
 * <p>Filter (DoNotSchedule constraints): placing the pod must keep {@code matching pods in the
 * node's domain + 1 (if it matches itself) − the global minimum} within maxSkew; the minimum is 0
 * while fewer than minDomains domains exist. Only nodes allowed by the inclusion policies
 * (nodeAffinityPolicy Honor, nodeTaintsPolicy Ignore by default) and carrying every topology key
 * count.
 *
 * <p>Score (ScheduleAnyway constraints): fewer matching pods in the node's domains scores higher,
 * each domain count weighted by log(domains + 2).
 *
 * <p>A pod of a workload (one with an owner) without constraints gets the default ones: by default
 * the system defaults (hostname with maxSkew 3 and zone with maxSkew 5, both soft), or those listed
 * in the plugin's args.
 *
 * <p>As kube-scheduler's package, the plugin is split by phase: {@link SpreadFilter} (filtering),
 * {@link SpreadScores} (scoring) and {@link SpreadCounts} (the counts behind them, kept up to date
 * on the fast path, recounted for {@link #scanning}).
 */
public final class PodTopologySpread implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin, ScoreNormalizer,
    LabelUniform {
  public static final String NAME = "PodTopologySpread";
  static final String HOSTNAME = "kubernetes.io/hostname";
  static final String ZONE = NodeSpec.ZONE_LABEL;

  private static final String FILTER_KEY = NAME + "/filter";
  private static final String SCORE_KEY = NAME + "/score";

  /** kube-scheduler's system defaults: hostname with maxSkew 3 and zone with maxSkew 5, both soft. */
  public static final List<DefaultConstraint> SYSTEM_DEFAULTS =
      List.of(new DefaultConstraint(3, HOSTNAME, false), new DefaultConstraint(5, ZONE, false));

  /** A cluster-level constraint applied to pods that have none, selecting pods with the pod's labels. */
  public record DefaultConstraint(int maxSkew, String topologyKey, boolean hard) {}

  private final Status skip = Status.skip(NAME);
  private final List<DefaultConstraint> defaults;
  private final boolean systemDefaulted;
  private final SpreadCounts matching;

  /** {@code systemDefaulted}: the defaults are the system ones, which also score nodes missing a key. */
  public PodTopologySpread(List<DefaultConstraint> defaults, boolean systemDefaulted) {
    this(defaults, systemDefaulted, true);
  }

  private PodTopologySpread(List<DefaultConstraint> defaults, boolean systemDefaulted, boolean indexed) {
    this.defaults = List.copyOf(defaults);
    this.systemDefaulted = systemDefaulted;
    this.matching = new SpreadCounts(indexed);
  }

  /** The plain path: pods matching a constraint are recounted on every node each cycle; the fast path must match it. */
  public PodTopologySpread scanning() {
    return new PodTopologySpread(defaults, systemDefaulted, false);
  }

  /** The plugin as kube-scheduler configures it by default (defaultingType System). */
  public static PodTopologySpread systemDefaulted() {
    return new PodTopologySpread(SYSTEM_DEFAULTS, true);
  }

  @Override
  public String describeArgs(ResourceSchema schema) {
    return systemDefaulted ? "defaultingType System" : "defaultingType List, defaultConstraints "
        + defaults.stream()
        .map(c -> c.topologyKey() + " maxSkew " + c.maxSkew() + (c.hard() ? " DoNotSchedule" : " ScheduleAnyway")).collect(Collectors.joining(", "));
  }

  /** Builds the plugin from PodTopologySpreadArgs: defaultingType System or List, defaultConstraints. */
  public static PodTopologySpread fromArgs(PluginArgs args) {
    args.allowOnly("defaultingType", "defaultConstraints");
    String type = args.string("defaultingType", "System");
    List<PluginArgs> given = args.objects("defaultConstraints");
    if (type.equals("System")) {
      if (!given.isEmpty()) {
        throw args.error("defaultConstraints", "must be empty when defaultingType is System");
      }
      return systemDefaulted();
    }
    if (!type.equals("List")) {
      throw args.error("defaultingType", "expected System or List, found '" + type + "'");
    }
    List<DefaultConstraint> constraints = new ArrayList<>();
    for (PluginArgs c : given) {
      c.allowOnly("maxSkew", "topologyKey", "whenUnsatisfiable");
      String when = c.string("whenUnsatisfiable", "DoNotSchedule");
      if (!when.equals("DoNotSchedule") && !when.equals("ScheduleAnyway")) {
        throw c.error("whenUnsatisfiable", "expected DoNotSchedule or ScheduleAnyway, found '" + when + "'");
      }
      String key = c.string("topologyKey", null);
      if (key == null) {
        throw c.error("topologyKey", "required");
      }
      constraints.add(new DefaultConstraint(c.integer("maxSkew", 1), key, when.equals("DoNotSchedule")));
    }
    return new PodTopologySpread(constraints, false);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preFilter(CycleState state, Pod pod, ClusterState cluster) {
    List<SpreadConstraint> constraints = pod.spec().placement().spreadConstraints().isEmpty()
        ? defaultConstraints(pod.spec(), true) : constraints(pod.spec(), true);
    if (constraints.isEmpty()) {
      return skip;
    }
    state.write(FILTER_KEY, SpreadFilter.state(matching, cluster, pod.spec(), constraints));
    return Status.success();
  }

  /** On the fast path, the verdict reads only the node's value of the constraints' key: uniform within it when they share one. */
  @Override
  public String filterUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    if (!matching.indexed()) {
      return null;
    }
    List<SpreadConstraint> constraints = state.read(FILTER_KEY, FilterState.class).constraints();
    String key = constraints.get(0).topologyKey();
    return constraints.stream().allMatch(c -> c.topologyKey().equals(key)) ? key : null;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    return SpreadFilter.verdict(state.read(FILTER_KEY, FilterState.class), pod.spec(), cluster.node(node).labels());
  }

  /** No constraint to score by: neither the pod's own soft constraints nor defaults that apply to it. */
  @Override
  public boolean skipsWhateverTheNodes(CycleState state, Pod pod, ClusterState cluster) {
    return scoringConstraints(pod).isEmpty();
  }

  private List<SpreadConstraint> scoringConstraints(Pod pod) {
    return pod.spec().placement().spreadConstraints().isEmpty() ? defaultConstraints(pod.spec(), false)
        : constraints(pod.spec(), false);
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    boolean own = !pod.spec().placement().spreadConstraints().isEmpty();
    List<SpreadConstraint> constraints = scoringConstraints(pod);
    if (constraints.isEmpty()) {
      return skip;
    }
    boolean requireAllKeys = own || !systemDefaulted;
    state.write(SCORE_KEY, SpreadScores.state(matching, cluster, pod.spec(), constraints, requireAllKeys, nodes, count));
    return Status.success();
  }

  /**
   * On the fast path, a node's score reads only its value of the constraints' key when they share
   * one (not the hostname) and the counts are kept per domain; nodes without it score 0. The
   * domain weights then come from PreScore given one node of each feasible group.
   */
  @Override
  public String scoreUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    List<SpreadConstraint> constraints = scoringConstraints(pod);
    boolean requireAllKeys = !pod.spec().placement().spreadConstraints().isEmpty() || !systemDefaulted;
    if (constraints.isEmpty() || !SpreadScores.keptPerDomain(matching, cluster, pod.spec(), constraints,
        requireAllKeys)) {
      return null;
    }
    String key = constraints.get(0).topologyKey();
    return constraints.stream().allMatch(c -> c.topologyKey().equals(key)) ? key : null;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return SpreadScores.score(state.read(SCORE_KEY, ScoreState.class), matching, cluster, pod.spec(), node);
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    SpreadScores.normalize(state.read(SCORE_KEY, ScoreState.class), nodes, scores, count);
  }

  private List<SpreadConstraint> constraints(PodSpec pod, boolean hard) {
    List<SpreadConstraint> result = new ArrayList<>();
    for (TopologySpreadConstraint c : pod.placement().spreadConstraints()) {
      if (c.hard() == hard) {
        result.add(SpreadConstraint.of(c, pod));
      }
    }
    return result;
  }

  /**
   * The default constraints of one kind for a pod without its own. kube-scheduler selects the pods
   * of the Services, ReplicaSets and StatefulSets the pod belongs to, so a bare pod gets none; here a
   * pod with an owner selects the pods sharing all its labels (a workload's template labels).
   */
  private List<SpreadConstraint> defaultConstraints(PodSpec pod, boolean hard) {
    if (pod.owner() == null || pod.labels().isEmpty()) {
      return List.of();
    }
    LabelSelector selector = new LabelSelector(pod.labels(), List.of());
    List<SpreadConstraint> result = new ArrayList<>();
    for (DefaultConstraint d : defaults) {
      if (d.hard() == hard) {
        result.add(new SpreadConstraint(d.maxSkew(), d.topologyKey(), selector, 1, true, false));
      }
    }
    return result;
  }
}
