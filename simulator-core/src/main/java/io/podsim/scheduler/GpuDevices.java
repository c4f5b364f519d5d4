package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;

/** The GPUs of its node a GPU pod gets when no Reserve plugin of the profile chooses them, and helpers for those that do. */
public final class GpuDevices {
  private GpuDevices() {}

  /**
   * Best fit, as the FGD paper's simulator assigns devices for every policy but its own: a share
   * goes to the fitting GPU with the least left (the lowest index on ties); whole GPUs are the first
   * fully free ones in index order.
   */
  public static int[] bestFit(Pod pod, ClusterState cluster, int node) {
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
    return firstFree(cluster, node, gpu.count());
  }

  /** True when the node has room for the pod's GPU demand: {@code count} GPUs each with its share left. */
  public static boolean haveRoom(ClusterState cluster, int node, GpuRequest gpu) {
    int fitting = 0;
    for (int d = 0; d < cluster.gpuCount(node); d++) {
      if (cluster.gpuMilliLeft(node, d) >= gpu.milli() && ++fitting == gpu.count()) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code count} fully free GPUs of the node, in index order. */
  public static int[] firstFree(ClusterState cluster, int node, int count) {
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
