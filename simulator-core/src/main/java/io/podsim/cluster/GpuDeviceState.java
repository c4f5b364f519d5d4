package io.podsim.cluster;

import io.podsim.model.GpuRequest;
import java.util.Arrays;

/** Each node's GPUs one by one, as the thousandths left on each (none for a node without GPUs). */
final class GpuDeviceState {
  private int[][] milliLeft = new int[16][];

  /** Gives node {@code index} its {@code gpus} whole GPUs. */
  void addNode(int index, int gpus) {
    if (index == milliLeft.length) {
      milliLeft = Arrays.copyOf(milliLeft, index * 2);
    }
    milliLeft[index] = new int[gpus];
    Arrays.fill(milliLeft[index], GpuRequest.MILLI_PER_GPU);
  }

  int count(int node) {
    return milliLeft[node].length;
  }

  int left(int node, int device) {
    return milliLeft[node][device];
  }

  long leftTotal(int node) {
    long total = 0;
    for (int left : milliLeft[node]) {
      total += left;
    }
    return total;
  }

  /**
   * Takes ({@code sign} +1) or gives back (−1) the pod's share of each of its GPUs on the node and
   * returns the change in GPUs in use: a GPU in use counts as one {@code nvidia.com/gpu} requested,
   * however much of it is shared out.
   */
  int apply(Pod pod, int node, int sign) {
    int milli = pod.spec().gpu().milli();
    int inUse = 0;
    for (int device : pod.gpuDevices()) {
      int before = milliLeft[node][device];
      int left = before - sign * milli;
      if (left < 0 || left > GpuRequest.MILLI_PER_GPU) {
        throw new IllegalStateException("GPU " + device + " of node " + node + " would have " + left + " milli left");
      }
      milliLeft[node][device] = left;
      inUse += (left < GpuRequest.MILLI_PER_GPU ? 1 : 0) - (before < GpuRequest.MILLI_PER_GPU ? 1 : 0);
    }
    return inUse;
  }
}
