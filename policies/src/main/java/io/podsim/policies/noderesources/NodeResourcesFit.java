package io.podsim.policies.noderesources;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import io.podsim.policies.PluginArgs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * kube-scheduler's NodeResourcesFit. Filter: the node's free allocatable must cover each requested
 * resource, and the node must have room for one more pod. Score: the strategy's per-resource score,
 * weighted and averaged over the resources the node has; CPU and memory count pods that request
 * none as 100m and 200Mi, as kube-scheduler does.
 */
public final class NodeResourcesFit implements FilterPlugin, ScorePlugin, NodeLocal {
  public static final String NAME = "NodeResourcesFit";

  private final ScoringStrategy strategy;
  private final ResourceWeight[] scored;
  private final long[] weights;
  private final long[] requestedScratch;
  private final long[] allocatableScratch;
  private final boolean[] checked;
  private final Status[] insufficient;
  /** The same reasons when some request exceeds the node's whole allocatable: no preemption can help. */
  private final Status[] beyondCapacity;
  private final Status tooManyPods = Status.unschedulable(NAME, "Too many pods");
  private final Status tooManyPodsBeyondCapacity = Status.unresolvable(NAME, "Too many pods");

  /** Checks every resource in the filter and scores {@code scored} with the strategy. */
  public NodeResourcesFit(ResourceSchema schema, ScoringStrategy strategy, List<ResourceWeight> scored) {
    this(schema, strategy, scored, Set.of());
  }

  /** As above, but the filter ignores the resources in {@code ignored} (NodeResourcesFitArgs.ignoredResources). */
  public NodeResourcesFit(ResourceSchema schema, ScoringStrategy strategy, List<ResourceWeight> scored,
      Set<Integer> ignored) {
    this.strategy = strategy;
    this.scored = scored.toArray(ResourceWeight[]::new);
    this.weights = scored.stream().mapToLong(ResourceWeight::weight).toArray();
    this.requestedScratch = new long[this.scored.length];
    this.allocatableScratch = new long[this.scored.length];
    this.insufficient = new Status[schema.size()];
    this.beyondCapacity = new Status[schema.size()];
    this.checked = new boolean[schema.size()];
    for (int r = 0; r < schema.size(); r++) {
      insufficient[r] = Status.unschedulable(NAME, "Insufficient " + schema.name(r));
      beyondCapacity[r] = Status.unresolvable(NAME, "Insufficient " + schema.name(r));
      checked[r] = r != ResourceSchema.PODS_INDEX && !ignored.contains(r);
    }
  }

  @Override
  public String describeArgs(ResourceSchema schema) {
    return "scoringStrategy " + strategy.typeName() + " over " + ResourceWeight.describe(scored, schema);
  }

  /** Builds the plugin from NodeResourcesFitArgs: scoringStrategy, ignoredResources, ignoredResourceGroups. */
  public static NodeResourcesFit fromArgs(PluginArgs args, ResourceSchema schema) {
    args.allowOnly("scoringStrategy", "ignoredResources", "ignoredResourceGroups");
    PluginArgs strategyArgs = args.object("scoringStrategy").allowOnly("type", "resources", "requestedToCapacityRatio");
    String type = strategyArgs.string("type", ScoringStrategy.LEAST_ALLOCATED.typeName());
    ScoringStrategy strategy = switch (type) {
      case "LeastAllocated" -> ScoringStrategy.LEAST_ALLOCATED;
      case "MostAllocated" -> ScoringStrategy.MOST_ALLOCATED;
      case "RequestedToCapacityRatio" -> requestedToCapacityRatio(strategyArgs.object("requestedToCapacityRatio"));
      default -> throw strategyArgs.error("type",
          "expected LeastAllocated, MostAllocated or RequestedToCapacityRatio, found '" + type + "'");
    };
    Set<Integer> ignored = new HashSet<>();
    List<String> groups = args.strings("ignoredResourceGroups");
    for (int r = 0; r < schema.size(); r++) {
      String name = schema.name(r);
      if (args.strings("ignoredResources").contains(name)
          || (name.contains("/") && groups.contains(name.substring(0, name.indexOf('/'))))) {
        ignored.add(r);
      }
    }
    return new NodeResourcesFit(schema, strategy, ResourceWeight.fromArgs(strategyArgs, schema), ignored);
  }

  private static ScoringStrategy requestedToCapacityRatio(PluginArgs args) {
    args.allowOnly("shape");
    List<ScoringStrategy.RequestedToCapacityRatio.Point> shape = new ArrayList<>();
    for (PluginArgs point : args.objects("shape")) {
      point.allowOnly("utilization", "score");
      shape.add(new ScoringStrategy.RequestedToCapacityRatio.Point(point.integer("utilization", 0),
          point.integer("score", 0)));
    }
    try {
      return new ScoringStrategy.RequestedToCapacityRatio(shape);
    } catch (InputError e) {
      throw e.at(args.path());
    }
  }

  public ScoringStrategy strategy() {
    return strategy;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Every shortage, as kube-scheduler's fitsRequest lists them ("Too many pods" first, then each
   * resource), UnschedulableAndUnresolvable when some request exceeds the node's whole allocatable:
   * preemption then skips the node, as evicting its pods cannot help. One shortage is a constant
   * status; only a node short of several things costs an allocation.
   */
  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    int pods = ResourceSchema.PODS_INDEX;
    boolean tooMany = cluster.requested(pods, node) + 1 > cluster.allocatable(pods, node);
    int first = -1;
    int shortages = 0;
    boolean beyond = false;
    Resources requests = pod.spec().requests();
    for (int r = 0; r < insufficient.length; r++) {
      if (isShort(requests.get(r), cluster, node, r)) {
        first = first < 0 ? r : first;
        shortages++;
        beyond |= requests.get(r) > cluster.allocatable(r, node);
      }
    }
    if (shortages + (tooMany ? 1 : 0) > 1) {
      return several(tooMany, beyond, requests, cluster, node);
    }
    if (tooMany) {
      return beyond ? tooManyPodsBeyondCapacity : tooManyPods;
    }
    return first < 0 ? Status.success() : beyond ? beyondCapacity[first] : insufficient[first];
  }

  private boolean isShort(long request, ClusterState cluster, int node, int resource) {
    return checked[resource] && request > 0
        && request > cluster.allocatable(resource, node) - cluster.requested(resource, node);
  }

  private Status several(boolean tooMany, boolean beyond, Resources requests, ClusterState cluster, int node) {
    List<String> reasons = new ArrayList<>();
    if (tooMany) {
      reasons.add(tooManyPods.reason());
    }
    for (int r = 0; r < insufficient.length; r++) {
      if (isShort(requests.get(r), cluster, node, r)) {
        reasons.add(insufficient[r].reason());
      }
    }
    return new Status(beyond ? Status.Code.UNSCHEDULABLE_AND_UNRESOLVABLE : Status.Code.UNSCHEDULABLE, NAME,
        reasons.get(0), reasons.subList(1, reasons.size()));
  }

  /**
   * kube-scheduler's resourceAllocationScorer.score: an extended resource the pod does not request
   * counts as allocatable 0 (calculateResourceAllocatableRequest returns (0, 0)), so the strategy
   * leaves it out of the weighted mean, weight and all, as it does a resource the node lacks.
   */
  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    for (int i = 0; i < scored.length; i++) {
      int resource = scored[i].resource();
      boolean bypassed = ResourceSchema.isExtended(resource) && pod.spec().requests().get(resource) == 0;
      allocatableScratch[i] = bypassed ? 0 : cluster.allocatable(resource, node);
      requestedScratch[i] = bypassed ? 0 : requestedWithPod(pod, cluster, node, resource);
    }
    return strategy.score(requestedScratch, allocatableScratch, weights, scored.length);
  }

  private static long requestedWithPod(Pod pod, ClusterState cluster, int node, int resource) {
    long request = pod.spec().requests().get(resource);
    return switch (resource) {
      case ResourceSchema.CPU_INDEX -> cluster.nonZeroRequestedCpu(node)
          + ClusterState.nonZero(request, ClusterState.DEFAULT_MILLI_CPU_REQUEST);
      case ResourceSchema.MEMORY_INDEX -> cluster.nonZeroRequestedMemory(node)
          + ClusterState.nonZero(request, ClusterState.DEFAULT_MEMORY_REQUEST);
      default -> cluster.requested(resource, node) + request;
    };
  }
}
