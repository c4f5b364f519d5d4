package io.podsim.policies.locality;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;

/**
 * NetworkBandwidth: keeps bandwidth-hungry pods off hot nodes by scoring the share of the node's
 * {@code network} bandwidth left free after placing the pod (100 = idle link). Pods that request no
 * bandwidth are not scored; the filter side is NodeResourcesFit's, as for any resource.
 */
public final class NetworkBandwidth implements PreScorePlugin, ScorePlugin, NodeLocal {
  public static final String NAME = "NetworkBandwidth";
  /** The resource a node's link capacity and a pod's bandwidth demand are declared as. */
  public static final String RESOURCE = "network";

  private final int resource;
  private final Status skip = Status.skip(NAME);

  public NetworkBandwidth(ResourceSchema schema) {
    this.resource = schema.indexOf(RESOURCE);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    return resource < 0 || pod.spec().requests().get(resource) == 0 ? skip : Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    long capacity = cluster.allocatable(resource, node);
    long used = cluster.requested(resource, node) + pod.spec().requests().get(resource);
    return capacity == 0 || used >= capacity ? 0 : (capacity - used) * MAX_NODE_SCORE / capacity;
  }
}
