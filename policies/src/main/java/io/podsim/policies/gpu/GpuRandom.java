package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.GpuDevices;
import io.podsim.scheduler.ReservePlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;

/**
 * The random policy: PreScore draws one feasible node uniformly, which scores 100 and every other
 * node 0; a share goes to a GPU drawn uniformly among those that fit it, whole GPUs to the first
 * free ones. Every draw comes from the run's seed.
 */
public final class GpuRandom implements PreScorePlugin, ScorePlugin, ReservePlugin {
  public static final String NAME = "GpuRandom";
  private static final String CHOSEN = NAME + "/chosen";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    state.write(CHOSEN, nodes[state.random().nextInt(count)]);
    return Status.success();
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return state.read(CHOSEN, Integer.class) == node ? MAX_NODE_SCORE : 0;
  }

  @Override
  public int[] reserveGpus(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuRequest gpu = pod.spec().gpu();
    if (!gpu.isShare()) {
      return GpuDevices.firstFree(cluster, node, gpu.count());
    }
    int chosen = -1;
    int fitting = 0;
    for (int d = 0; d < cluster.gpuCount(node); d++) {
      if (cluster.gpuMilliLeft(node, d) >= gpu.milli() && state.random().nextInt(++fitting) == 0) {
        chosen = d;
      }
    }
    return new int[] {chosen};
  }
}
