package io.podsim.policies.gpu;

/**
 * GPU fragmentation of a node with respect to a target workload, as FGD defines it: for each
 * target shape, the idle GPU thousandths that shape cannot use — all idle thousandths when the
 * shape cannot run on the node at all (it needs no GPU, needs another model, or lacks CPU or GPU
 * room), else the idle thousandths on GPUs with less left than the shape takes per GPU — weighted
 * by the shape's frequency and summed.
 */
public final class Fragmentation {
  private Fragmentation() {}

  /** The node's expected unusable idle GPU thousandths. */
  public static double of(GpuNode node, TargetWorkload workload) {
    long idle = node.gpuLeftTotal();
    if (idle == 0) {
      return 0;
    }
    double fragment = 0;
    for (TargetWorkload.Entry entry : workload.shapes()) {
      fragment += entry.frequency() * unusable(node, entry.shape(), idle);
    }
    return fragment;
  }

  /** Idle thousandths the shape cannot use on the node. */
  static long unusable(GpuNode node, GpuPodShape shape, long idle) {
    boolean runs = shape.gpuMilli() > 0 && shape.acceptsModel(node.model())
        && node.hostsOnGpus(shape.gpuCount(), shape.gpuMilli()) && node.cpuLeft() >= shape.cpuMilli();
    if (!runs) {
      return idle;
    }
    long tooSmall = 0;
    for (int left : node.gpuLeft()) {
      if (left < shape.gpuMilli()) {
        tooSmall += left;
      }
    }
    return tooSmall;
  }
}
