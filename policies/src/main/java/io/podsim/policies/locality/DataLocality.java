package io.podsim.policies.locality;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.DataLocalityLevel;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.List;

/**
 * DataLocality: prefers nodes close to the data sets the pod reads: 100 on a node holding a
 * replica, 66 in its rack, 33 in its zone, 0 elsewhere, averaged over the pod's data sets.
 */
public final class DataLocality implements PreScorePlugin, ScorePlugin, NodeLocal {
  public static final String NAME = "DataLocality";
  private final Status skip = Status.skip(NAME);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    return pod.spec().placement().datasets().isEmpty() ? skip : Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<String> datasets = pod.spec().placement().datasets();
    long total = 0;
    for (String dataset : datasets) {
      total += DataLocalityLevel.of(cluster.node(node), dataset).score();
    }
    return total / datasets.size();
  }
}
