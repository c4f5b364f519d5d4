package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.LabelDomains;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.policies.PluginArgs;
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
import java.util.Map;
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
 */
public final class PodTopologySpread implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin, ScoreNormalizer,
    LabelUniform {
  public static final String NAME = "PodTopologySpread";
  static final String HOSTNAME = "kubernetes.io/hostname";
  static final String ZONE = NodeSpec.ZONE_LABEL;

  private static final String FILTER_KEY = NAME + "/filter";
  private static final String SCORE_KEY = NAME + "/score";
  private static final Status MISSING_LABEL = Status.unresolvable(NAME,
      "node(s) didn't match pod topology spread constraints (missing required label)");
  private static final Status SKEW = Status.unschedulable(NAME, "node(s) didn't match pod topology spread constraints");

  /** kube-scheduler's system defaults: hostname with maxSkew 3 and zone with maxSkew 5, both soft. */
  public static final List<DefaultConstraint> SYSTEM_DEFAULTS =
      List.of(new DefaultConstraint(3, HOSTNAME, false), new DefaultConstraint(5, ZONE, false));

  /** A cluster-level constraint applied to pods that have none, selecting pods with the pod's labels. */
  public record DefaultConstraint(int maxSkew, String topologyKey, boolean hard) {}

  private final Status skip = Status.skip(NAME);
  private final List<DefaultConstraint> defaults;
  private final boolean systemDefaulted;
  private final boolean indexed;
  private MatchingPodCounts matchingCounts;

  /** {@code systemDefaulted}: the defaults are the system ones, which also score nodes missing a key. */
  public PodTopologySpread(List<DefaultConstraint> defaults, boolean systemDefaulted) {
    this(defaults, systemDefaulted, true);
  }

  private PodTopologySpread(List<DefaultConstraint> defaults, boolean systemDefaulted, boolean indexed) {
    this.defaults = List.copyOf(defaults);
    this.systemDefaulted = systemDefaulted;
    this.indexed = indexed;
  }

  /** The plain path: pods matching a constraint are recounted on every node each cycle; the fast path must match it. */
  public PodTopologySpread scanning() {
    return new PodTopologySpread(defaults, systemDefaulted, false);
  }

  /** Pods on the node in the namespace that the constraint matches: from the kept-up counts, or recounted. */
  private int matching(ClusterState cluster, SpreadConstraint constraint, int node, String namespace) {
    if (!indexed) {
      return constraint.countOn(cluster, node, namespace);
    }
    return matchingCounts(cluster).on(constraint, node, namespace);
  }

  private MatchingPodCounts matchingCounts(ClusterState cluster) {
    if (matchingCounts == null || !matchingCounts.follows(cluster)) {
      matchingCounts = new MatchingPodCounts(cluster);
    }
    return matchingCounts;
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

  private record FilterState(List<SpreadConstraint> constraints, List<Map<String, int[]>> counts, int[] minimum) {}

  /**
   * Per constraint: each node's domain of its key ({@code domainOf}, -1: none) and matching pods per
   * domain; with {@code requireAllKeys}, nodes lacking a key are ignored (score 0, not normalized).
   */
  private record ScoreState(List<SpreadConstraint> constraints, int[][] domainOf, long[][] counts, double[] weights,
      boolean requireAllKeys) {
    boolean ignores(int node) {
      return requireAllKeys && !hasAllKeys(domainOf, node);
    }
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
    List<Map<String, int[]>> counts = countsPerDomain(cluster, pod.spec(), constraints);
    int[] minimum = new int[constraints.size()];
    for (int i = 0; i < minimum.length; i++) {
      Map<String, int[]> domains = counts.get(i);
      int min = domains.values().stream().mapToInt(c -> c[0]).min().orElse(Integer.MAX_VALUE);
      minimum[i] = domains.size() < constraints.get(i).minDomains() ? 0 : min;
    }
    state.write(FILTER_KEY, new FilterState(constraints, counts, minimum));
    return Status.success();
  }

  /**
   * Per constraint, matching pods per domain over the nodes that count: from the kept-up sums when
   * every node with the keys counts (no node inclusion policy narrows them and the keys go together),
   * else summed over the nodes.
   */
  private List<Map<String, int[]>> countsPerDomain(ClusterState cluster, PodSpec pod,
      List<SpreadConstraint> constraints) {
    List<Map<String, int[]>> counts = new ArrayList<>();
    if (indexed && everyNodeWithTheKeysCounts(cluster, pod, constraints)) {
      constraints.forEach(c -> counts.add(matchingCounts(cluster).perDomain(c, pod.namespace())));
      return counts;
    }
    constraints.forEach(c -> counts.add(SpreadConstraint.newCounts()));
    for (int node = 0; node < cluster.nodeCount(); node++) {
      NodeSpec spec = cluster.node(node);
      if (!SpreadConstraint.nodeHasAllKeys(spec, constraints)) {
        continue;
      }
      for (int i = 0; i < constraints.size(); i++) {
        SpreadConstraint c = constraints.get(i);
        if (c.includes(pod, spec)) {
          counts.get(i).computeIfAbsent(spec.labels().get(c.topologyKey()), v -> new int[1])[0] +=
              matching(cluster, c, node, pod.namespace());
        }
      }
    }
    return counts;
  }

  private boolean everyNodeWithTheKeysCounts(ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints) {
    boolean unrestricted = pod.placement().nodeSelector().isEmpty() && pod.placement().nodeAffinity().required() == null;
    String firstKey = constraints.get(0).topologyKey();
    boolean oneKey = true;
    for (SpreadConstraint c : constraints) {
      if (c.honorNodeTaints() || c.honorNodeAffinity() && !unrestricted) {
        return false;
      }
      oneKey &= c.topologyKey().equals(firstKey);
    }
    return oneKey || matchingCounts(cluster).keysTogether(
        constraints.stream().map(SpreadConstraint::topologyKey).collect(Collectors.toSet()));
  }

  /** On the fast path, the verdict reads only the node's value of the constraints' key: uniform within it when they share one. */
  @Override
  public String filterUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    if (!indexed) {
      return null;
    }
    List<SpreadConstraint> constraints = state.read(FILTER_KEY, FilterState.class).constraints();
    String key = constraints.get(0).topologyKey();
    return constraints.stream().allMatch(c -> c.topologyKey().equals(key)) ? key : null;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    FilterState s = state.read(FILTER_KEY, FilterState.class);
    Map<String, String> labels = cluster.node(node).labels();
    for (int i = 0; i < s.constraints().size(); i++) {
      SpreadConstraint c = s.constraints().get(i);
      String value = labels.get(c.topologyKey());
      if (value == null) {
        return MISSING_LABEL;
      }
      int[] matching = s.counts().get(i).get(value);
      long self = c.selector().matches(pod.spec().labels()) ? 1 : 0;
      long skew = (matching == null ? 0 : matching[0]) + self - (long) s.minimum()[i];
      if (skew > c.maxSkew()) {
        return SKEW;
      }
    }
    return Status.success();
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
      int domains = constraints.get(c).topologyKey().equals(HOSTNAME) ? scoredNodes : scoredDomains[c];
      weights[c] = Math.log(domains + 2);
    }
    if (countsKeptPerDomain(cluster, pod.spec(), constraints, requireAllKeys)) {
      for (int c = 0; c < counts.length; c++) {
        Map<String, int[]> perDomain = matchingCounts(cluster).perDomain(constraints.get(c), pod.spec().namespace());
        for (int d = 0; d < counts[c].length; d++) {
          int[] matching = perDomain.get(domainNames.get(c).get(d));
          counts[c][d] = scored[c][d] && matching != null ? matching[0] : 0;
        }
      }
    } else {
      countMatchingPods(cluster, pod.spec(), constraints, domainOf, scored, counts, requireAllKeys);
    }
    state.write(SCORE_KEY, new ScoreState(constraints, domainOf, counts, weights, requireAllKeys));
    return Status.success();
  }

  /**
   * True when the kept-up per-domain sums equal what counting node by node would give: indexed, no
   * per-node key, nodes lacking a key not counted, and every node with the keys counting.
   */
  private boolean countsKeptPerDomain(ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints,
      boolean requireAllKeys) {
    return indexed && requireAllKeys && constraints.stream().noneMatch(c -> c.topologyKey().equals(HOSTNAME))
        && everyNodeWithTheKeysCounts(cluster, pod, constraints);
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
    if (constraints.isEmpty() || !countsKeptPerDomain(cluster, pod.spec(), constraints, requireAllKeys)) {
      return null;
    }
    String key = constraints.get(0).topologyKey();
    return constraints.stream().allMatch(c -> c.topologyKey().equals(key)) ? key : null;
  }

  private static boolean hasAllKeys(int[][] domainOf, int node) {
    for (int[] ofKey : domainOf) {
      if (ofKey[node] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Matching pods per domain that a scored node is in (per-node keys are counted per node when scoring). */
  private void countMatchingPods(ClusterState cluster, PodSpec pod, List<SpreadConstraint> constraints,
      int[][] domainOf, boolean[][] scored, long[][] counts, boolean requireAllKeys) {
    for (int node = 0; node < cluster.nodeCount(); node++) {
      if (requireAllKeys && !hasAllKeys(domainOf, node)) {
        continue;
      }
      for (int c = 0; c < constraints.size(); c++) {
        SpreadConstraint constraint = constraints.get(c);
        int domain = domainOf[c][node];
        if (!constraint.topologyKey().equals(HOSTNAME) && domain >= 0 && scored[c][domain]
            && constraint.includes(pod, cluster.node(node))) {
          counts[c][domain] += matching(cluster, constraint, node, pod.namespace());
        }
      }
    }
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    ScoreState s = state.read(SCORE_KEY, ScoreState.class);
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
      long matching = constraint.topologyKey().equals(HOSTNAME)
          ? matching(cluster, constraint, node, pod.spec().namespace()) : s.counts()[c][domain];
      score += matching * s.weights()[c] + (constraint.maxSkew() - 1);
    }
    return Math.round(score);
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    ScoreState s = state.read(SCORE_KEY, ScoreState.class);
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
        scores[i] = max == 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE * (max + min - scores[i]) / max;
      }
    }
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
