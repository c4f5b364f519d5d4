package io.podsim.policies.noderesources;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import java.util.List;

/** A resource a scorer looks at, by schema index, with its weight. */
public record ResourceWeight(int resource, long weight) {
  /** kube-scheduler's default: cpu and memory, weight 1 each. */
  public static List<ResourceWeight> cpuAndMemory() {
    return List.of(new ResourceWeight(ResourceSchema.CPU_INDEX, 1), new ResourceWeight(ResourceSchema.MEMORY_INDEX, 1));
  }

  /** Resolves a resource name against the schema. */
  public static ResourceWeight of(ResourceSchema schema, String name, long weight) {
    int index = schema.indexOf(name);
    if (index < 0) {
      throw new InputError("unknown resource '" + name + "'; known: " + schema.names());
    }
    if (weight <= 0) {
      throw new InputError("resource weight for '" + name + "' must be > 0");
    }
    return new ResourceWeight(index, weight);
  }
}
