package io.podsim.policies.nodeports;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.Placement.HostPort;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodePorts: a pod asking for host ports fits only a node where no bound pod
 * holds the same port and protocol on an overlapping host IP.
 */
public final class NodePorts implements PreFilterPlugin, FilterPlugin,
    NodeLocal {
  public static final String NAME = "NodePorts";
  private static final Status TAKEN = Status.unschedulable(NAME, "node(s) didn't have free ports for the requested pod ports");
  private final Status skip = Status.skip(NAME);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preFilter(CycleState state, Pod pod, ClusterState cluster) {
    return pod.spec().placement().hostPorts().isEmpty() ? skip : Status.success();
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<HostPort> wanted = pod.spec().placement().hostPorts();
    for (Pod other : cluster.podsOn(node)) {
      for (HostPort used : other.spec().placement().hostPorts()) {
        for (HostPort port : wanted) {
          if (port.conflictsWith(used)) {
            return TAKEN;
          }
        }
      }
    }
    return Status.success();
  }
}
