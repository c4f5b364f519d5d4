package io.podsim.policies.noderesources;

import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A resource a scorer looks at, by schema index, with its weight. */
public record ResourceWeight(int resource, long weight) {
  /** The weights as people read them: {@code cpu ×1, memory ×1}. */
  public static String describe(ResourceWeight[] weights, ResourceSchema schema) {
    return Arrays.stream(weights).map(w -> schema.name(w.resource()) + " ×" + w.weight())
        .collect(Collectors.joining(", "));
  }

  /** kube-scheduler's default: cpu and memory, weight 1 each. */
  public static List<ResourceWeight> cpuAndMemory() {
    return List.of(new ResourceWeight(ResourceSchema.CPU_INDEX, 1), new ResourceWeight(ResourceSchema.MEMORY_INDEX, 1));
  }

  /**
   * Reads {@code resources: [{name, weight}]} from plugin args; cpu and memory when absent. A
   * resource no node in the scenario has is dropped: it would score nothing anyway.
   */
  public static List<ResourceWeight> fromArgs(PluginArgs args, ResourceSchema schema) {
    List<PluginArgs> entries = args.objects("resources");
    if (entries.isEmpty()) {
      return cpuAndMemory();
    }
    List<ResourceWeight> weights = new ArrayList<>();
    for (PluginArgs entry : entries) {
      entry.allowOnly("name", "weight");
      String name = entry.string("name", null);
      if (name == null) {
        throw entry.error("name", "required");
      }
      int weight = entry.integer("weight", 1);
      if (weight < 1 || weight > 100) {
        throw entry.error("weight", "expected 1..100, found " + weight);
      }
      int index = schema.indexOf(name);
      if (index >= 0) {
        weights.add(new ResourceWeight(index, weight));
      }
    }
    return weights;
  }
}
