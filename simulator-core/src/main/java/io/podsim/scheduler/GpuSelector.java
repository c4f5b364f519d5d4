package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;

/**
 * Picks the GPUs of the chosen node a GPU pod gets at bind time. A profile uses the selector of
 * its highest-weight score plugin that is one, else {@link #BEST_FIT}.
 */
public interface GpuSelector {
  /** One GPU index per GPU the pod asks for; the node is known to fit the pod. */
  int[] selectGpus(CycleState state, Pod pod, ClusterState cluster, int node);

  /**
   * A share goes to the fitting GPU with the least left (the lowest index on ties); whole GPUs are
   * the first fully free ones in index order.
   */
  GpuSelector BEST_FIT = (state, pod, cluster, node) -> {
    GpuRequest gpu = pod.spec().gpu();
    if (gpu.isShare()) {
      int best = -1;
      for (int d = 0; d < cluster.gpuCount(node); d++) {
        int left = cluster.gpuMilliLeft(node, d);
        if (left >= gpu.milli() && (best < 0 || left < cluster.gpuMilliLeft(node, best))) {
          best = d;
        }
      }
      return new int[] {best};
    }
    return firstFreeGpus(cluster, node, gpu.count());
  };

  /** The first {@code count} fully free GPUs of the node, in index order. */
  static int[] firstFreeGpus(ClusterState cluster, int node, int count) {
    int[] devices = new int[count];
    int found = 0;
    for (int d = 0; d < cluster.gpuCount(node) && found < count; d++) {
      if (cluster.gpuMilliLeft(node, d) == GpuRequest.MILLI_PER_GPU) {
        devices[found++] = d;
      }
    }
    if (found < count) {
      throw new IllegalStateException("node " + node + " has " + found + " free GPUs, " + count + " wanted");
    }
    return devices;
  }
}
