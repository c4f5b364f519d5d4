package io.podsim.policies.noderesources;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodeResourcesFit. Filter: the node's free allocatable must cover each requested
 * resource, and the node must have room for one more pod. Score: the strategy's per-resource score,
 * weighted and averaged over the resources the node has; CPU and memory count pods that request
 * none as 100m and 200Mi, as kube-scheduler does.
 */
public final class NodeResourcesFit implements FilterPlugin, ScorePlugin {
  public static final String NAME = "NodeResourcesFit";

  private final ScoringStrategy strategy;
  private final ResourceWeight[] scored;
  private final Status[] insufficient;
  private final Status tooManyPods = Status.unschedulable(NAME, "Too many pods");

  public NodeResourcesFit(ResourceSchema schema, ScoringStrategy strategy, List<ResourceWeight> scored) {
    this.strategy = strategy;
    this.scored = scored.toArray(ResourceWeight[]::new);
    this.insufficient = new Status[schema.size()];
    for (int r = 0; r < schema.size(); r++) {
      insufficient[r] = Status.unschedulable(NAME, "Insufficient " + schema.name(r));
    }
  }

  public ScoringStrategy strategy() {
    return strategy;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    int pods = ResourceSchema.PODS_INDEX;
    if (cluster.requested(pods, node) + 1 > cluster.allocatable(pods, node)) {
      return tooManyPods;
    }
    Resources requests = pod.spec().requests();
    for (int r = 0; r < insufficient.length; r++) {
      long request = requests.get(r);
      if (r != pods && request > 0 && request > cluster.allocatable(r, node) - cluster.requested(r, node)) {
        return insufficient[r];
      }
    }
    return Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    long total = 0;
    long weights = 0;
    for (ResourceWeight rw : scored) {
      long allocatable = cluster.allocatable(rw.resource(), node);
      if (allocatable == 0) {
        continue;
      }
      long requested = requestedWithPod(pod, cluster, node, rw.resource());
      total += strategy.resourceScore(requested, allocatable) * rw.weight();
      weights += rw.weight();
    }
    return weights == 0 ? 0 : total / weights;
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
