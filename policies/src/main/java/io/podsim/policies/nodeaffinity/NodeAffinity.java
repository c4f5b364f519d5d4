package io.podsim.policies.nodeaffinity;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.Placement;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.DefaultNormalizer;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * kube-scheduler's NodeAffinity. Filter: the node must carry every nodeSelector label and match
 * one of the required terms. Score: the sum of the weights of the preferred terms the node
 * matches, scaled so the best node gets 100.
 */
public final class NodeAffinity implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin, DefaultNormalizer,
    NodeLocal {
  public static final String NAME = "NodeAffinity";
  private static final Status MISMATCH = Status.unresolvable(NAME, "node(s) didn't match Pod's node affinity/selector");
  private final Status skip = Status.skip(NAME);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preFilter(CycleState state, Pod pod, ClusterState cluster) {
    Placement placement = pod.spec().placement();
    return placement.nodeSelector().isEmpty() && placement.nodeAffinity().required() == null ? skip : Status.success();
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    return pod.spec().placement().requiredNodeAffinityMatches(cluster.node(node)) ? Status.success() : MISMATCH;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    return pod.spec().placement().nodeAffinity().preferred().isEmpty() ? skip : Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<io.podsim.model.NodeAffinity.Preferred> preferred = pod.spec().placement().nodeAffinity().preferred();
    long total = 0;
    for (int i = 0; i < preferred.size(); i++) {
      if (preferred.get(i).preference().matches(cluster.node(node))) {
        total += preferred.get(i).weight();
      }
    }
    return total;
  }

  @Override
  public boolean reversesScores() {
    return false;
  }
}
