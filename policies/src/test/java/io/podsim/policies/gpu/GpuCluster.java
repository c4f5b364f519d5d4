package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.CycleState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A cluster of GPU nodes for GPU policy tests, with pods bound to chosen GPUs. */
final class GpuCluster {
  static final ResourceSchema SCHEMA = ResourceSchema.of(List.of(GpuRequest.COUNT_RESOURCE, GpuRequest.MILLI_RESOURCE));
  final ClusterState cluster = new ClusterState(SCHEMA);
  private int nextPod;

  /** A node with {@code cpuMilli} millicores, 256Gi, 110 pods and {@code gpus} GPUs of the model (none when null). */
  int node(long cpuMilli, int gpus, String model) {
    long[] amounts = new long[SCHEMA.size()];
    amounts[ResourceSchema.CPU_INDEX] = cpuMilli;
    amounts[ResourceSchema.MEMORY_INDEX] = 256L << 30;
    amounts[ResourceSchema.PODS_INDEX] = 110;
    amounts[SCHEMA.indexOf(GpuRequest.COUNT_RESOURCE)] = gpus;
    amounts[SCHEMA.indexOf(GpuRequest.MILLI_RESOURCE)] = gpus * 1000L;
    Map<String, String> labels = new HashMap<>();
    labels.put("kubernetes.io/hostname", "n" + cluster.nodeCount());
    if (model != null) {
      labels.put(GpuRequest.MODEL_LABEL, model);
    }
    return cluster.addNode(new NodeSpec("n" + cluster.nodeCount(), Resources.of(amounts), labels, List.of(), false));
  }

  /** Binds a pod of {@code cpuMilli} to the node, on the given GPUs. */
  GpuCluster bind(int node, long cpuMilli, GpuRequest gpu, int... devices) {
    cluster.bind(new Pod(nextPod++, pod(cpuMilli, gpu)), node, devices, 0);
    return this;
  }

  static PodSpec pod(long cpuMilli, GpuRequest gpu) {
    long[] amounts = new long[SCHEMA.size()];
    amounts[ResourceSchema.CPU_INDEX] = cpuMilli;
    amounts[SCHEMA.indexOf(GpuRequest.MILLI_RESOURCE)] = gpu.totalMilli();
    return new PodSpec("p", null, Resources.of(amounts), Map.of(), 0, 0, PodSpec.NO_DURATION, List.of(), null, true,
        null, List.of(), gpu);
  }

  static Pod pending(long cpuMilli, GpuRequest gpu) {
    return new Pod(-1, pod(cpuMilli, gpu));
  }

  static GpuRequest share(int milli) {
    return new GpuRequest(1, milli, List.of());
  }

  static GpuRequest whole(int count) {
    return new GpuRequest(count, 1000, List.of());
  }

  static CycleState state(long seed) {
    return new CycleState(new SplittableRandom(seed));
  }
}
