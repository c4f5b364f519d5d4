package io.podsim.model;

import java.util.List;

/**
 * A pod's demand on GPU devices: {@code count} GPUs with {@code milli} thousandths of each (a share
 * of one GPU when {@code count} is 1 and {@code milli} is below 1000; whole GPUs otherwise), on a
 * GPU of one of {@code models} (any model when empty). The scheduler assigns concrete GPU indexes
 * at bind time.
 */
public record GpuRequest(int count, int milli, List<String> models) {
  /** Thousandths in one GPU. */
  public static final int MILLI_PER_GPU = 1000;
  /** The node resource that counts a node's GPUs; its devices are tracked one by one. */
  public static final String COUNT_RESOURCE = "nvidia.com/gpu";
  /** The resource holding GPU capacity and demand in thousandths, summed over a node's GPUs. */
  public static final String MILLI_RESOURCE = "alibaba.com/gpu-milli";
  /** The node label holding its GPU model. */
  public static final String MODEL_LABEL = "nvidia.com/gpu.product";
  /** No GPU at all. */
  public static final GpuRequest NONE = new GpuRequest(0, 0, List.of());

  public GpuRequest {
    models = models == null ? List.of() : List.copyOf(models);
    if (count < 0) {
      throw new InputError("gpu.count: expected a whole number >= 0, found " + count);
    }
    if (count > 0 && (milli < 1 || milli > MILLI_PER_GPU)) {
      throw new InputError("gpu.milli: expected 1..1000 thousandths of a GPU, found " + milli);
    }
    if (count > 1 && milli != MILLI_PER_GPU) {
      throw new InputError("gpu: a pod asking for " + count + " GPUs takes them whole (milli 1000), found milli "
          + milli);
    }
  }

  /** True when the pod asks for any GPU. */
  public boolean any() {
    return count > 0;
  }

  /** True for a share of one GPU. */
  public boolean isShare() {
    return count == 1 && milli < MILLI_PER_GPU;
  }

  /** All the thousandths the pod takes. */
  public long totalMilli() {
    return (long) count * milli;
  }

  /** True when a node with GPUs of {@code nodeModel} (null or empty for a node without GPUs) may serve it. */
  public boolean acceptsModel(String nodeModel) {
    if (models.isEmpty()) {
      return true;
    }
    return nodeModel != null && models.contains(nodeModel);
  }
}
