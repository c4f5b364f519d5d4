package io.podsim.policies.noderesources;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodeResourcesBalancedAllocation: prefers nodes where the requested shares of
 * the scored resources (cpu and memory by default) stay close to each other, scoring
 * {@code (1 − standard deviation of the shares) × 100}. Pods that request none of them are skipped.
 */
public final class BalancedAllocation implements PreScorePlugin, ScorePlugin {
  public static final String NAME = "NodeResourcesBalancedAllocation";
  private final ResourceWeight[] resources;
  private final Status skip = Status.skip(NAME);

  public BalancedAllocation(List<ResourceWeight> resources) {
    this.resources = resources.toArray(ResourceWeight[]::new);
  }

  /** Builds the plugin from NodeResourcesBalancedAllocationArgs ({@code resources}). */
  public static BalancedAllocation fromArgs(PluginArgs args, ResourceSchema schema) {
    return new BalancedAllocation(ResourceWeight.fromArgs(args.allowOnly("resources"), schema));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    for (ResourceWeight rw : resources) {
      if (pod.spec().requests().get(rw.resource()) > 0) {
        return Status.success();
      }
    }
    return skip;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    double sum = 0;
    int n = 0;
    for (ResourceWeight rw : resources) {
      double share = share(rw.resource(), pod, cluster, node);
      if (share >= 0) {
        sum += share;
        n++;
      }
    }
    if (n < 2) {
      return MAX_NODE_SCORE;
    }
    double mean = sum / n;
    double squares = 0;
    double firstShare = -1;
    for (ResourceWeight rw : resources) {
      double share = share(rw.resource(), pod, cluster, node);
      if (share >= 0) {
        firstShare = firstShare < 0 ? share : firstShare;
        squares += (share - mean) * (share - mean);
      }
    }
    // Two resources: kube-scheduler's shortcut |f1 - f2| / 2, which equals the deviation.
    double deviation = n == 2 ? Math.abs((firstShare - (sum - firstShare)) / 2) : Math.sqrt(squares / n);
    return (long) ((1 - deviation) * MAX_NODE_SCORE);
  }

  /** The node's requested share of the resource with the pod added, capped at 1; -1 if it has none. */
  private static double share(int resource, Pod pod, ClusterState cluster, int node) {
    long allocatable = cluster.allocatable(resource, node);
    if (allocatable == 0) {
      return -1;
    }
    long requested = cluster.requested(resource, node) + pod.spec().requests().get(resource);
    return Math.min(1.0, requested / (double) allocatable);
  }
}
