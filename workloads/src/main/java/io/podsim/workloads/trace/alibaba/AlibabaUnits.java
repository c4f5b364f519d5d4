package io.podsim.workloads.trace.alibaba;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.trace.TraceInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the Alibaba colocation traces' normalized sizes become real ones: memory (and disk, for the
 * 2017 trace) normalized to {@code full} is {@code memoryUnit} ({@code diskUnit}) at {@code full};
 * CPU counts are not normalized. Nodes hold {@code maxPods} pods.
 */
final class AlibabaUnits {
  private final ResourceSchema schema;
  private final double full;
  private final long memoryUnit;
  private final long diskUnit;
  private final long maxPods;

  AlibabaUnits(TraceInput input, double full) {
    this.schema = input.schema();
    this.full = full;
    this.memoryUnit = input.mapping().amount("memoryUnit", ResourceSchema.MEMORY);
    this.diskUnit = input.mapping().text("diskUnit") == null ? 0
        : input.mapping().amount("diskUnit", ResourceSchema.EPHEMERAL_STORAGE);
    this.maxPods = input.mapping().count("maxPods");
  }

  long memory(double normalized) {
    return scaled(normalized, memoryUnit, "memory");
  }

  long disk(double normalized) {
    return scaled(normalized, diskUnit, "disk");
  }

  private long scaled(double normalized, long unit, String what) {
    if (!(normalized >= 0)) {
      throw new InputError(what + ": expected a normalized size >= 0, found " + normalized);
    }
    return Math.round(normalized * unit / full);
  }

  /** A machine with its CPU (millicores), normalized memory and disk, and labels. */
  NodeSpec node(String name, long cpuMilli, double memory, double disk, Map<String, String> extraLabels) {
    long[] amounts = new long[schema.size()];
    amounts[ResourceSchema.CPU_INDEX] = cpuMilli;
    amounts[ResourceSchema.MEMORY_INDEX] = memory(memory);
    amounts[ResourceSchema.EPHEMERAL_STORAGE_INDEX] = disk(disk);
    amounts[ResourceSchema.PODS_INDEX] = maxPods;
    Map<String, String> labels = new LinkedHashMap<>(extraLabels);
    labels.put("kubernetes.io/hostname", name);
    return new NodeSpec(name, Resources.of(amounts), labels, List.of(), false);
  }
}
