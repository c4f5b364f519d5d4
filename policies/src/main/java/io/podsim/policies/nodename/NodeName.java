package io.podsim.policies.nodename;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.Status;

/** kube-scheduler's NodeName: a pod with {@code nodeName} set fits only the node of that name. */
public final class NodeName implements FilterPlugin, NodeLocal {
  public static final String NAME = "NodeName";
  private static final Status OTHER_NODE = Status.unresolvable(NAME, "node(s) didn't match the requested node name");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    String wanted = pod.spec().placement().nodeName();
    return wanted == null || wanted.equals(cluster.node(node).name()) ? Status.success() : OTHER_NODE;
  }
}
