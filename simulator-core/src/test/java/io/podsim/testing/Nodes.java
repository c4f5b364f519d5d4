package io.podsim.testing;

import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.List;
import java.util.Map;

/** Small builders for nodes and pods in tests. */
public final class Nodes {
  public static final ResourceSchema SCHEMA = ResourceSchema.standard();

  private Nodes() {}

  /** A node with {@code milliCpu} CPU, {@code memory} bytes and room for 110 pods. */
  public static NodeSpec node(String name, long milliCpu, long memory) {
    return new NodeSpec(name, Resources.of(milliCpu, memory, 0, 110), Map.of(), List.of(), false);
  }

  /** A pod requesting {@code milliCpu} arriving at {@code arrivalSeconds}, running {@code durationSeconds} (-1: forever). */
  public static PodSpec pod(String name, long milliCpu, double arrivalSeconds, double durationSeconds) {
    return pod(name, milliCpu, 0, arrivalSeconds, durationSeconds);
  }

  public static PodSpec pod(String name, long milliCpu, int priority, double arrivalSeconds, double durationSeconds) {
    long duration = durationSeconds < 0 ? PodSpec.NO_DURATION : Math.round(durationSeconds * 1e6);
    return new PodSpec(name, "default", Resources.of(milliCpu, 0, 0, 0), Map.of(), priority,
        Math.round(arrivalSeconds * 1e6), duration, List.of());
  }
}
