package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.PluginConfig;
import io.podsim.policies.SchedulerConfiguration.PluginRef;
import io.podsim.policies.SchedulerConfiguration.PluginSet;
import io.podsim.policies.SchedulerConfiguration.Plugins;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.Profile;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named profiles a scenario can list under {@code profiles}, each written as a scheduler
 * configuration profile over kube-scheduler's defaults: all filter and preempt as kube-scheduler's
 * default profile does and differ in how they score.
 */
public final class BuiltInProfiles {
  /** A profile's one-line description and its configuration. */
  public record Entry(String description, ProfileConfig config) {}

  private static final Map<String, Entry> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("kube-default", new Entry(
        "kube-scheduler's default profile: default plugins, weights and adaptive percentageOfNodesToScore",
        new ProfileConfig("kube-default", null, null, null, List.of())));
    PROFILES.put("least-allocated", new Entry(
        "spread: default filters; TaintToleration, NodeAffinity, NodeResourcesFit LeastAllocated, NodeResourcesBalancedAllocation",
        new ProfileConfig("least-allocated", null, null,
            scoringOnlyResources("PodTopologySpread", "InterPodAffinity", "ImageLocality"), List.of())));
    PROFILES.put("most-allocated", new Entry(
        "bin packing: default filters; TaintToleration, NodeAffinity, NodeResourcesFit MostAllocated",
        new ProfileConfig("most-allocated", null, null,
            scoringOnlyResources("PodTopologySpread", "InterPodAffinity", "NodeResourcesBalancedAllocation",
                "ImageLocality"),
            List.of(new PluginConfig("NodeResourcesFit", Map.of("scoringStrategy", Map.of("type", "MostAllocated")))))));
    PROFILES.put("locality-aware", new Entry(
        "kube-default plus DataLocality (weight 3) and NetworkBandwidth (weight 2)",
        new ProfileConfig("locality-aware", null, null, new Plugins(new PluginSet(List.of(
            new PluginRef("DataLocality", 3), new PluginRef("NetworkBandwidth", 2)), List.of()), null, null, null,
            null, null, null, null, null, null, null, null, null), List.of())));
    PROFILES.put("random", new Entry(
        "baseline: default filters, no scoring, a seeded uniform pick among all feasible nodes",
        new ProfileConfig("random", 100, null, onlyScoring(), List.of())));
    PROFILES.put("first-fit", new Entry(
        "baseline: default filters, the first feasible node in node order",
        new ProfileConfig("first-fit", 100, null, onlyScoring("FirstFit"), List.of())));
    PROFILES.put("dot-product", new Entry(
        "baseline: default filters, a dot-product multi-resource packer",
        new ProfileConfig("dot-product", 100, null, onlyScoring("DotProduct"), List.of())));
  }

  /** Default filters and preemption; only the named plugins score. */
  private static Plugins onlyScoring(String... scorers) {
    PluginSet all = new PluginSet(List.of(), List.of(new PluginRef("*", null)));
    PluginSet score = new PluginSet(Arrays.stream(scorers).map(n -> new PluginRef(n, 1)).toList(), all.disabled());
    return new Plugins(null, null, null, null, null, null, all, score, null, null, null, null, null);
  }

  private BuiltInProfiles() {}

  /** Default plugins with the named ones taken out of PreScore and Score. */
  private static Plugins scoringOnlyResources(String... notScoring) {
    List<PluginRef> disabled = Arrays.stream(notScoring).map(n -> new PluginRef(n, null)).toList();
    PluginSet off = new PluginSet(List.of(), disabled);
    return new Plugins(null, null, null, null, null, null, off, off, null, null, null, null, null);
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
    return ProfileAssembler.assemble(entry.config(), 0, schema);
  }
}
