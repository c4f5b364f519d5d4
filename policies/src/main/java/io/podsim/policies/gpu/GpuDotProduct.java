package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;

/**
 * Tetris-style dot product on CPU and GPU: the node's free (CPU, all GPU thousandths) and the pod's
 * demand, each divided by the largest node's (128 cores, 8 GPUs), are multiplied; the score is
 * (1 − product / 2)·100, truncated, so nodes with less left score higher. A node without enough CPU
 * scores 0.
 */
public final class GpuDotProduct implements ScorePlugin, NodeLocal {
  public static final String NAME = "GpuDotProduct";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuNode n = GpuNode.of(cluster, node);
    GpuPodShape p = GpuPodShape.of(pod.spec());
    if (n.cpuLeft() < p.cpuMilli()) {
      return 0;
    }
    double product = (n.cpuLeft() / GpuBestFit.MAX_CPU_MILLI) * (p.cpuMilli() / GpuBestFit.MAX_CPU_MILLI)
        + (n.gpuLeftTotal() / GpuBestFit.MAX_GPU_MILLI) * (p.totalGpuMilli() / GpuBestFit.MAX_GPU_MILLI);
    return (long) (MAX_NODE_SCORE * (1 - product / 2));
  }
}
