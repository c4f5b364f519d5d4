package io.podsim.policies.nodeunschedulable;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodeUnschedulable: a cordoned node rejects pods unless they tolerate the
 * {@code node.kubernetes.io/unschedulable:NoSchedule} taint.
 */
public final class NodeUnschedulable implements FilterPlugin, NodeLocal {
  public static final String NAME = "NodeUnschedulable";
  private static final Taint CORDON = new Taint("node.kubernetes.io/unschedulable", "", TaintEffect.NO_SCHEDULE);
  private static final Status CORDONED = Status.unresolvable(NAME, "node(s) were unschedulable");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    if (!cluster.isCordoned(node) || tolerates(pod.spec().tolerations())) {
      return Status.success();
    }
    return CORDONED;
  }

  private static boolean tolerates(List<Toleration> tolerations) {
    for (int i = 0; i < tolerations.size(); i++) {
      if (tolerations.get(i).tolerates(CORDON)) {
        return true;
      }
    }
    return false;
  }
}
