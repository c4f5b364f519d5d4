package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;

/**
 * GPU clustering: GPU pods of one kind (shares, or k whole GPUs) gather on the same nodes. A node
 * whose GPU pods are all of the pod's kind scores 75..100, one that also has other kinds 50..75,
 * a node without GPU pods 25..50, and one with other kinds only 0..25; within each band, the more
 * GPU thousandths are in use (out of 8 GPUs), the higher. Pods without GPUs score 0 everywhere.
 */
public final class GpuClustering implements ScorePlugin, NodeLocal {
  public static final String NAME = "GpuClustering";
  private static final long MAX_GPU_MILLI = 8_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    String kind = kind(pod.spec().gpu());
    if (kind == null) {
      return 0;
    }
    boolean same = false;
    boolean other = false;
    for (Pod running : cluster.podsOn(node)) {
      String theirs = kind(running.spec().gpu());
      if (theirs != null) {
        same |= theirs.equals(kind);
        other |= !theirs.equals(kind);
      }
    }
    long band = same ? (other ? 2 : 3) : (other ? 0 : 1);
    long used = MAX_NODE_SCORE / 4 * (MAX_GPU_MILLI - cluster.gpuMilliLeftTotal(node)) / MAX_GPU_MILLI;
    return used + MAX_NODE_SCORE * band / 4;
  }

  /** "share", "k-gpu", or null for a pod without GPUs. */
  static String kind(GpuRequest gpu) {
    if (!gpu.any()) {
      return null;
    }
    return gpu.isShare() ? "share" : gpu.count() + "-gpu";
  }
}
