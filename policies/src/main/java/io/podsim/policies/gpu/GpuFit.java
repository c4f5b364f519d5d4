package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.GpuDevices;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.Status;

/**
 * Device-level GPU fit (podsim's, in every profile): a pod asking for GPUs needs a node with GPUs
 * of an accepted model and, for a share, one GPU with enough thousandths left, or, for whole GPUs,
 * that many fully free GPUs. Pods that ask for no GPU device pass.
 */
public final class GpuFit implements FilterPlugin, NodeLocal {
  public static final String NAME = "GpuFit";
  private static final Status NO_GPU = Status.unschedulable(NAME, "node(s) had no GPU");
  private static final Status WRONG_MODEL = Status.unschedulable(NAME, "node(s) had no GPU of the requested model");
  private static final Status NO_ROOM = Status.unschedulable(NAME, "node(s) had no free GPU large enough");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    GpuRequest gpu = pod.spec().gpu();
    if (!gpu.any()) {
      return Status.success();
    }
    if (cluster.gpuCount(node) == 0) {
      return NO_GPU;
    }
    if (!gpu.acceptsModel(cluster.gpuModel(node))) {
      return WRONG_MODEL;
    }
    return GpuDevices.haveRoom(cluster, node, gpu) ? Status.success() : NO_ROOM;
  }
}
