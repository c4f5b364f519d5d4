package io.podsim.policies.tainttoleration;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.DefaultNormalizer;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kube-scheduler's TaintToleration. Filter: a node with an untolerated NoSchedule or NoExecute
 * taint is ruled out. Score: count the untolerated PreferNoSchedule taints; normalization reverses
 * it so the node with fewest wins.
 */
public final class TaintToleration implements FilterPlugin, ScorePlugin, DefaultNormalizer, NodeLocal {
  public static final String NAME = "TaintToleration";
  private final Map<Taint, Status> rejections = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<Taint> taints = cluster.node(node).taints();
    List<Toleration> tolerations = pod.spec().tolerations();
    for (int i = 0; i < taints.size(); i++) {
      Taint taint = taints.get(i);
      if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE && !tolerated(taint, tolerations)) {
        return rejections.computeIfAbsent(taint, t -> Status.unresolvable(NAME,
            "node(s) had untolerated taint {" + t.key() + ": " + t.value() + "}"));
      }
    }
    return Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<Taint> taints = cluster.node(node).taints();
    List<Toleration> tolerations = pod.spec().tolerations();
    long intolerable = 0;
    for (int i = 0; i < taints.size(); i++) {
      Taint taint = taints.get(i);
      if (taint.effect() == TaintEffect.PREFER_NO_SCHEDULE && !tolerated(taint, tolerations)) {
        intolerable++;
      }
    }
    return intolerable;
  }

  @Override
  public boolean reversesScores() {
    return true;
  }

  private static boolean tolerated(Taint taint, List<Toleration> tolerations) {
    for (int i = 0; i < tolerations.size(); i++) {
      if (tolerations.get(i).tolerates(taint)) {
        return true;
      }
    }
    return false;
  }
}
