package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.model.GpuRequest;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import java.util.List;

/**
 * A pod as GPU policies see it: CPU (millicores, a pod without a CPU request counting as the
 * scheduler's default), thousandths of each GPU, GPU count and acceptable models.
 */
public record GpuPodShape(long cpuMilli, int gpuMilli, int gpuCount, List<String> models) {
  public static GpuPodShape of(PodSpec pod) {
    GpuRequest gpu = pod.gpu();
    return new GpuPodShape(ClusterState.nonZero(pod.requests().get(ResourceSchema.CPU_INDEX),
        ClusterState.DEFAULT_MILLI_CPU_REQUEST), gpu.milli(), gpu.count(), gpu.models());
  }

  /** All the thousandths the shape takes. */
  public long totalGpuMilli() {
    return (long) gpuMilli * gpuCount;
  }

  /** A share of one GPU. */
  public boolean isShare() {
    return gpuCount == 1 && gpuMilli < GpuRequest.MILLI_PER_GPU;
  }

  /** True when a node of this GPU model may serve the shape (any node when it names no model). */
  public boolean acceptsModel(String nodeModel) {
    return models.isEmpty() || nodeModel != null && models.contains(nodeModel);
  }
}
