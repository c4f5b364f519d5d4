package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;

/**
 * Best fit on CPU and GPU: the node whose leftover after placing the pod, each resource as a share
 * of the largest node (128 cores, 8 GPUs) and weighted half, is smallest scores highest
 * ((1 − leftover)·100, truncated), then scores are rescaled min–max to 0..100 over the feasible nodes.
 */
public final class GpuBestFit implements ScorePlugin, ScoreNormalizer, NodeLocal {
  public static final String NAME = "GpuBestFit";
  static final double MAX_CPU_MILLI = 128_000;
  static final double MAX_GPU_MILLI = 8_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuNode n = GpuNode.of(cluster, node);
    GpuPodShape p = GpuPodShape.of(pod.spec());
    double cpuLeft = n.cpuLeft() - p.cpuMilli();
    double gpuLeft = n.gpuLeftTotal() - p.totalGpuMilli();
    if (cpuLeft < 0 || gpuLeft < 0) {
      return 0;
    }
    double leftover = cpuLeft / MAX_CPU_MILLI * 0.5 + gpuLeft / MAX_GPU_MILLI * 0.5;
    return (long) ((1 - leftover) * MAX_NODE_SCORE);
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    minMax(scores, count);
  }

  /** Rescales to 0..100 with the lowest at 0 and the highest at 100 (all 0 when equal), in integers. */
  static void minMax(long[] scores, int count) {
    long highest = Long.MIN_VALUE;
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      highest = Math.max(highest, scores[i]);
      lowest = Math.min(lowest, scores[i]);
    }
    for (int i = 0; i < count; i++) {
      scores[i] = highest == lowest ? 0 : (scores[i] - lowest) * MAX_NODE_SCORE / (highest - lowest);
    }
  }
}
