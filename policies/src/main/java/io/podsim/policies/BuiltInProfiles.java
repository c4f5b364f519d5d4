package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.nodeunschedulable.NodeUnschedulable;
import io.podsim.policies.noderesources.BalancedAllocation;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.noderesources.ResourceWeight;
import io.podsim.policies.noderesources.ScoringStrategy;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.policies.tainttoleration.TaintToleration;
import io.podsim.scheduler.Profile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The named profiles a scenario can list under {@code profiles}. */
public final class BuiltInProfiles {
  /** A profile's one-line description and how to build it for a resource schema. */
  public record Entry(String description, Function<ResourceSchema, Profile> factory) {}

  private static final Map<String, Entry> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("least-allocated", new Entry(
        "spread: NodeResourcesFit LeastAllocated + BalancedAllocation (kube-scheduler's resource defaults)",
        schema -> base("least-allocated", schema, ScoringStrategy.LEAST_ALLOCATED)
            .plugin(new BalancedAllocation(ResourceWeight.cpuAndMemory()), 1)
            .build()));
    PROFILES.put("most-allocated", new Entry(
        "bin packing: NodeResourcesFit MostAllocated",
        schema -> base("most-allocated", schema, ScoringStrategy.MOST_ALLOCATED).build()));
  }

  private BuiltInProfiles() {}

  private static Profile.Builder base(String name, ResourceSchema schema, ScoringStrategy strategy) {
    return Profile.builder(name)
        .plugin(new PrioritySort())
        .plugin(new NodeUnschedulable())
        .plugin(new TaintToleration(), 3)
        .plugin(new NodeResourcesFit(schema, strategy, ResourceWeight.cpuAndMemory()), 1);
  }

  /** Profile names with their descriptions, in a stable order. */
  public static Map<String, Entry> all() {
    return Collections.unmodifiableMap(PROFILES);
  }

  /** A fresh instance of the named profile (plugins are never shared between runs). */
  public static Profile create(String name, ResourceSchema schema) {
    Entry entry = PROFILES.get(name);
    if (entry == null) {
      throw new InputError("unknown profile '" + name + "'; known: " + PROFILES.keySet());
    }
    return entry.factory().apply(schema);
  }
}
