package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.GpuDevices;
import io.podsim.scheduler.ReservePlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;

/**
 * Fragmentation gradient descent: the score of placing the pod is 100·sigmoid(decrease of the
 * node's fragmentation / 1000), as an integer (truncated), fragmentation being measured against the
 * target workload. A share is tried on every GPU that fits it and goes to the one with the best
 * score (the lowest index on ties); whole GPUs are the least-left ones that fit, which for whole
 * GPUs are the first free ones.
 */
public final class Fgd implements ScorePlugin, ReservePlugin, TargetWorkloadAware, NodeLocal {
  public static final String NAME = "FGD";
  private TargetWorkload workload;

  /** FGD in a scheduler configuration: the run gives it the target workload before scheduling starts. */
  public Fgd() {
    this(null);
  }

  public Fgd(TargetWorkload workload) {
    this.workload = workload;
  }

  @Override
  public void useTargetWorkload(TargetWorkload target) {
    this.workload = target;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return best(GpuNode.of(cluster, node), GpuPodShape.of(pod.spec()))[0];
  }

  @Override
  public int[] reserveGpus(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuPodShape shape = GpuPodShape.of(pod.spec());
    if (shape.isShare()) {
      return new int[] {(int) best(GpuNode.of(cluster, node), shape)[1]};
    }
    return GpuDevices.firstFree(cluster, node, shape.gpuCount());
  }

  /** {score, GPU index of a share (-1 otherwise)}. */
  long[] best(GpuNode node, GpuPodShape shape) {
    if (workload == null) {
      throw new IllegalStateException("FGD has no target workload; the run sets it before scheduling");
    }
    double before = Fragmentation.of(node, workload);
    if (!shape.isShare()) {
      return new long[] {score(before, Fragmentation.of(node.minus(shape, -1), workload)), -1};
    }
    long bestScore = 0;
    int bestGpu = -1;
    for (int d = 0; d < node.gpuCount(); d++) {
      if (node.gpuLeft()[d] >= shape.gpuMilli()) {
        long score = score(before, Fragmentation.of(node.minus(shape, d), workload));
        if (bestGpu < 0 || score > bestScore) {
          bestScore = score;
          bestGpu = d;
        }
      }
    }
    return new long[] {bestScore, bestGpu};
  }

  /** 100·sigmoid(decrease / 1000), truncated to an integer. */
  static long score(double before, double after) {
    double sigmoid = 1 / (1 + Math.exp(-(before - after) / 1000));
    return (long) (sigmoid * MAX_NODE_SCORE);
  }
}
