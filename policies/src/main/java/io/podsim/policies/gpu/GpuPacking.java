package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;

/**
 * GPU packing: a GPU pod prefers, in this order, GPUs already shared (score 100 minus a tenth of the
 * idle percentage on the GPUs it would use, at least 50), then free GPUs on a node already in use
 * (50 minus the free GPUs it would take, at least 33), then an idle node (33 minus its GPUs, at
 * least that count); GPUs are taken least-left first. Pods without GPUs score 0 everywhere.
 */
public final class GpuPacking implements ScorePlugin, NodeLocal {
  public static final String NAME = "GpuPacking";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuRequest gpu = pod.spec().gpu();
    if (!gpu.any()) {
      return 0;
    }
    GpuNode n = GpuNode.of(cluster, node);
    int free = n.fullyFreeGpus();
    if (free == n.gpuCount()) {
      return Math.max(MAX_NODE_SCORE / 3 - free, free);
    }
    int wanted = gpu.count();
    int freeTaken = 0;
    long idlePercentOnUsed = 0;
    for (int d : GpuNode.indexesByLeftAscending(n.gpuLeft())) {
      if (wanted == 0) {
        break;
      }
      int left = n.gpuLeft()[d];
      if (gpu.milli() <= left) {
        wanted--;
        idlePercentOnUsed += left * 100L / GpuRequest.MILLI_PER_GPU;
        if (left == GpuRequest.MILLI_PER_GPU) {
          freeTaken++;
        }
      }
    }
    if (wanted != 0) {
      return 0;
    }
    if (freeTaken > 0) {
      return Math.max(MAX_NODE_SCORE / 2 - freeTaken, MAX_NODE_SCORE / 3);
    }
    return Math.max(MAX_NODE_SCORE - idlePercentOnUsed / 10, MAX_NODE_SCORE / 2);
  }
}
