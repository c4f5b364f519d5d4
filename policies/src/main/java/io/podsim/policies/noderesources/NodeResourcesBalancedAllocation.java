package io.podsim.policies.noderesources;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodeResourcesBalancedAllocation: prefers nodes where the requested shares of
 * the scored resources (cpu and memory by default) stay close to each other, scoring
 * {@code (1 − standard deviation of the shares) × 100}. Pods that request none of them are skipped.
 */
public final class NodeResourcesBalancedAllocation implements PreScorePlugin, ScorePlugin, NodeLocal {
  public static final String NAME = "NodeResourcesBalancedAllocation";
  private final ResourceWeight[] resources;
  /** Scratch for one node's shares; a plugin instance serves one single-threaded run. */
  private final double[] shares;
  private final Status skip = Status.skip(NAME);

  public NodeResourcesBalancedAllocation(List<ResourceWeight> resources) {
    this.resources = resources.toArray(ResourceWeight[]::new);
    this.shares = new double[this.resources.length];
  }

  /** Builds the plugin from NodeResourcesBalancedAllocationArgs ({@code resources}). */
  public static NodeResourcesBalancedAllocation fromArgs(PluginArgs args, ResourceSchema schema) {
    return new NodeResourcesBalancedAllocation(ResourceWeight.fromArgs(args.allowOnly("resources"), schema));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describeArgs(ResourceSchema schema) {
    return "resources " + ResourceWeight.describe(resources, schema);
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
        shares[n++] = share;
        sum += share;
      }
    }
    if (n < 2) {
      return MAX_NODE_SCORE;
    }
    double deviation;
    if (n == 2) {
      // kube-scheduler's shortcut for two resources: |f1 - f2| / 2, which equals the deviation.
      deviation = Math.abs((shares[0] - shares[1]) / 2);
    } else {
      double mean = sum / n;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        squares += (shares[i] - mean) * (shares[i] - mean);
      }
      deviation = Math.sqrt(squares / n);
    }
    return (long) ((1 - deviation) * MAX_NODE_SCORE);
  }

  /**
   * The node's requested share of the resource with the pod added, capped at 1; -1 when it is left
   * out: the node has none, or it is an extended resource the pod does not request (kube-scheduler's
   * calculateResourceAllocatableRequest, shared with NodeResourcesFit).
   */
  private static double share(int resource, Pod pod, ClusterState cluster, int node) {
    long allocatable = cluster.allocatable(resource, node);
    if (allocatable == 0 || ResourceSchema.isExtended(resource) && pod.spec().requests().get(resource) == 0) {
      return -1;
    }
    long requested = cluster.requested(resource, node) + pod.spec().requests().get(resource);
    return Math.min(1.0, requested / (double) allocatable);
  }
}
