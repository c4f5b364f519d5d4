package io.podsim.policies.baselines;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;

/**
 * A multi-resource packer: the dot product of the pod's demand and the node's usage after placing
 * it, each as shares of the node's allocatable, divided by the demand's sum: the demand-weighted
 * mean utilization (0..100) of the resources the pod asks for. It favors nodes already busy in the
 * pod's own dimensions, packing without stranding the others.
 */
public final class DotProduct implements ScorePlugin, NodeLocal {
  public static final String NAME = "DotProduct";
  private final int resources;

  public DotProduct(ResourceSchema schema) {
    this.resources = schema.size();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    double dot = 0;
    double demand = 0;
    for (int r = 0; r < resources; r++) {
      long request = r == ResourceSchema.PODS_INDEX ? 0 : pod.spec().requests().get(r);
      long allocatable = cluster.allocatable(r, node);
      if (request == 0 || allocatable == 0) {
        continue;
      }
      double share = request / (double) allocatable;
      double used = Math.min(1.0, (cluster.requested(r, node) + request) / (double) allocatable);
      dot += share * used;
      demand += share;
    }
    return demand == 0 ? 0 : Math.round(MAX_NODE_SCORE * dot / demand);
  }
}
