package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.model.GpuRequest;
import io.podsim.model.ResourceSchema;
import java.util.Arrays;
import java.util.Objects;

/**
 * What GPU policies see of a node: CPU left (millicores), the thousandths left on each GPU, and the
 * GPU model. A value that can be copied and changed for what-if placements.
 */
public record GpuNode(long cpuLeft, int[] gpuLeft, String model) {
  /** The node as the cluster stands. */
  public static GpuNode of(ClusterState cluster, int node) {
    int[] left = new int[cluster.gpuCount(node)];
    for (int d = 0; d < left.length; d++) {
      left[d] = cluster.gpuMilliLeft(node, d);
    }
    long cpuLeft = cluster.allocatable(ResourceSchema.CPU_INDEX, node) - cluster.requested(ResourceSchema.CPU_INDEX, node);
    return new GpuNode(cpuLeft, left, cluster.gpuModel(node));
  }

  public int gpuCount() {
    return gpuLeft.length;
  }

  /** Thousandths left on all GPUs together. */
  public long gpuLeftTotal() {
    long total = 0;
    for (int left : gpuLeft) {
      total += left;
    }
    return total;
  }

  /** GPUs with nothing allocated. */
  public int fullyFreeGpus() {
    int free = 0;
    for (int left : gpuLeft) {
      if (left == GpuRequest.MILLI_PER_GPU) {
        free++;
      }
    }
    return free;
  }

  /** True when {@code count} GPUs each have at least {@code milli} left. */
  public boolean hostsOnGpus(int count, int milli) {
    int fitting = 0;
    for (int left : gpuLeft) {
      if (left >= milli && ++fitting >= count) {
        return true;
      }
    }
    return false;
  }

  /** The node after placing the shape on the given GPU (a share) or, for whole GPUs, on the least-left GPUs that fit. */
  public GpuNode minus(GpuPodShape shape, int device) {
    int[] left = gpuLeft.clone();
    if (device >= 0) {
      left[device] -= shape.gpuMilli();
    } else {
      int wanted = shape.gpuCount();
      for (int d : indexesByLeftAscending(left)) {
        if (wanted == 0) {
          break;
        }
        if (shape.gpuMilli() <= left[d]) {
          left[d] -= shape.gpuMilli();
          wanted--;
        }
      }
    }
    return new GpuNode(cpuLeft - shape.cpuMilli(), left, model);
  }

  /** GPU indexes sorted by thousandths left, ascending, stable (lower index first on ties). */
  static Integer[] indexesByLeftAscending(int[] left) {
    Integer[] order = new Integer[left.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(left[a], left[b]));
    return order;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GpuNode n && cpuLeft == n.cpuLeft && Arrays.equals(gpuLeft, n.gpuLeft)
        && Objects.equals(model, n.model);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cpuLeft) * 31 + Arrays.hashCode(gpuLeft);
  }

  @Override
  public String toString() {
    return "GpuNode[cpuLeft=" + cpuLeft + ", gpuLeft=" + Arrays.toString(gpuLeft) + ", model=" + model + "]";
  }
}
