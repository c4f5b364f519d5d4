package io.podsim.policies.defaultpreemption;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.Diagnosis;
import io.podsim.scheduler.PostFilterContext;
import io.podsim.scheduler.PostFilterPlugin;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-scheduler's DefaultPreemption. When no node fits, it looks at the nodes rejected for
 * reasons eviction can cure, starting at a seeded random offset, until it has
 * max(10 % of them, 100) candidates. On each it removes every lower-priority pod, checks the pod
 * then fits, and gives back (most important first: higher priority, then earlier start) every
 * victim the pod can do without. The best candidate by {@link Candidate#BEST_FIRST} loses its
 * victims and the pod is nominated to that node; it binds on a later attempt. PodDisruptionBudgets
 * and graceful termination are not modelled: victims stop at once.
 */
public final class DefaultPreemption implements PostFilterPlugin {
  public static final String NAME = "DefaultPreemption";
  static final int MIN_CANDIDATE_NODES_PERCENTAGE = 10;
  static final int MIN_CANDIDATE_NODES_ABSOLUTE = 100;

  private final int minCandidatePercentage;
  private final int minCandidateAbsolute;

  /** kube-scheduler's defaults: 10 % of the nodes, at least 100. */
  public DefaultPreemption() {
    this(MIN_CANDIDATE_NODES_PERCENTAGE, MIN_CANDIDATE_NODES_ABSOLUTE);
  }

  public DefaultPreemption(int minCandidatePercentage, int minCandidateAbsolute) {
    this.minCandidatePercentage = minCandidatePercentage;
    this.minCandidateAbsolute = minCandidateAbsolute;
  }

  @Override
  public String describeArgs(ResourceSchema schema) {
    return "minCandidateNodesPercentage " + minCandidatePercentage + ", minCandidateNodesAbsolute "
        + minCandidateAbsolute;
  }

  /** Builds the plugin from DefaultPreemptionArgs. */
  public static DefaultPreemption fromArgs(PluginArgs args) {
    args.allowOnly("minCandidateNodesPercentage", "minCandidateNodesAbsolute");
    int percentage = args.integer("minCandidateNodesPercentage", MIN_CANDIDATE_NODES_PERCENTAGE);
    int absolute = args.integer("minCandidateNodesAbsolute", MIN_CANDIDATE_NODES_ABSOLUTE);
    if (percentage < 0 || percentage > 100 || absolute < 0 || percentage + absolute == 0) {
      throw args.error("minCandidateNodesPercentage", "expected 0..100 with minCandidateNodesAbsolute >= 0, not both 0");
    }
    return new DefaultPreemption(percentage, absolute);
  }

  /** kube-scheduler's PodEligibleToPreemptOthers message, as DefaultPreemption's PostFilter prefixes it. */
  private static final Status NEVER = Status.unschedulable(NAME, "preemption: not eligible due to preemptionPolicy=Never.");
  /** kube-scheduler's nodesWherePreemptionMightHelp, for nodes whose rejection no eviction can change. */
  private static final Status NOT_HELPFUL = Status.unresolvable(NAME, "Preemption is not helpful for scheduling");
  /** kube-scheduler's SelectVictimsOnNode, for a node without a pod of lower priority. */
  private static final Status NO_VICTIMS = Status.unresolvable(NAME, "No preemption victims found for incoming pod");
  private static final Comparator<Pod> MORE_IMPORTANT_FIRST = Comparator
      .comparingInt((Pod p) -> p.spec().priority()).reversed()
      .thenComparingLong(Candidate::startOf)
      .thenComparingInt(Pod::id);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status postFilter(CycleState state, Pod pod, ClusterState cluster, Diagnosis diagnosis,
      PostFilterContext context) {
    if (!pod.spec().preemptsLowerPriority()) {
      return NEVER;
    }
    List<Integer> potential = new ArrayList<>();
    for (int node = 0; node < cluster.nodeCount(); node++) {
      if (diagnosis.isResolvable(node)) {
        potential.add(node);
      }
    }
    List<Status> withoutVictims = new ArrayList<>();
    if (potential.isEmpty()) {
      return noCandidate(cluster.nodeCount(), potential.size(), withoutVictims);
    }
    int wanted = numCandidates(potential.size(), minCandidatePercentage, minCandidateAbsolute);
    int offset = context.random().nextInt(potential.size());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < potential.size() && candidates.size() < wanted; i++) {
      int node = potential.get((offset + i) % potential.size());
      Victims victims = selectVictims(pod, node, cluster, context);
      if (victims.pods() != null) {
        candidates.add(Candidate.of(node, victims.pods()));
      } else {
        withoutVictims.add(victims.why());
      }
    }
    if (candidates.isEmpty()) {
      return noCandidate(cluster.nodeCount(), potential.size(), withoutVictims);
    }
    Candidate best = candidates.stream().min(Candidate.BEST_FIRST).orElseThrow();
    String reason = "preempted by " + pod.spec().namespace() + "/" + pod.spec().name() + " on "
        + cluster.node(best.node()).name();
    best.victims().forEach(victim -> context.evict(victim, reason));
    cluster.nominate(pod, best.node());
    return Status.success();
  }

  /**
   * The failure as kube-scheduler's Evaluator.Preempt reports it: a FitError over every node, those
   * where preemption cannot help and those searched without finding victims, prefixed "preemption: ".
   */
  private static Status noCandidate(int nodes, int potential, List<Status> withoutVictims) {
    Map<String, Integer> reasons = new LinkedHashMap<>();
    if (nodes > potential) {
      reasons.put(NOT_HELPFUL.reason(), nodes - potential);
    }
    for (Status status : withoutVictims) {
      status.reasons().forEach(reason -> reasons.merge(reason, 1, Integer::sum));
    }
    return Status.unschedulable(NAME, "preemption: " + Diagnosis.nodesAvailable(nodes, reasons));
  }

  /** kube-scheduler's number of candidates to find: a share of the nodes, at least an absolute count, at most all. */
  static int numCandidates(int nodes, int percentage, int absolute) {
    return Math.min(nodes, Math.max(nodes * percentage / 100, absolute));
  }

  /** A node's victims, or (pods null) why it has none: no pod of lower priority, or the filters' verdict without them. */
  private record Victims(List<Pod> pods, Status why) {}

  /** The fewest, least important pods whose eviction lets the pod fit, as kube-scheduler's SelectVictimsOnNode. */
  private static Victims selectVictims(Pod pod, int node, ClusterState cluster, PostFilterContext context) {
    List<Pod> lower = new ArrayList<>();
    for (Pod other : cluster.podsOn(node)) {
      if (other.spec().priority() < pod.spec().priority()) {
        lower.add(other);
      }
    }
    if (lower.isEmpty()) {
      return new Victims(null, NO_VICTIMS);
    }
    lower.forEach(victim -> cluster.detach(victim, node));
    Status withoutThem = context.check(pod, node);
    if (!withoutThem.isSuccess()) {
      lower.forEach(victim -> cluster.attach(victim, node));
      return new Victims(null, withoutThem);
    }
    lower.sort(MORE_IMPORTANT_FIRST);
    List<Pod> victims = new ArrayList<>();
    for (Pod candidate : lower) {
      cluster.attach(candidate, node);
      if (!context.fits(pod, node)) {
        cluster.detach(candidate, node);
        victims.add(candidate);
      }
    }
    victims.forEach(victim -> cluster.attach(victim, node));
    return new Victims(victims, null);
  }
}
