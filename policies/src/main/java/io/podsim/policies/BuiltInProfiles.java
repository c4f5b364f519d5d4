package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.defaultpreemption.DefaultPreemption;
import io.podsim.policies.interpodaffinity.InterPodAffinity;
import io.podsim.policies.nodeaffinity.NodeAffinity;
import io.podsim.policies.nodename.NodeName;
import io.podsim.policies.nodeports.NodePorts;
import io.podsim.policies.noderesources.BalancedAllocation;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.noderesources.ResourceWeight;
import io.podsim.policies.noderesources.ScoringStrategy;
import io.podsim.policies.nodeunschedulable.NodeUnschedulable;
import io.podsim.policies.podtopologyspread.PodTopologySpread;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.policies.tainttoleration.TaintToleration;
import io.podsim.scheduler.Profile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The named profiles a scenario can list under {@code profiles}. All of them filter and preempt
 * exactly as kube-scheduler's default profile does; they differ in how they score.
 */
public final class BuiltInProfiles {
  /** A profile's one-line description and how to build it for a resource schema. */
  public record Entry(String description, Function<ResourceSchema, Profile> factory) {}

  private static final Map<String, Entry> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("kube-default", new Entry(
        "kube-scheduler's default profile: default plugins, weights and adaptive percentageOfNodesToScore",
        BuiltInProfiles::kubeDefault));
    PROFILES.put("least-allocated", new Entry(
        "spread: default filters; NodeResourcesFit LeastAllocated + BalancedAllocation scoring",
        schema -> resourceScoring("least-allocated", schema, ScoringStrategy.LEAST_ALLOCATED)
            .plugin(new BalancedAllocation(ResourceWeight.cpuAndMemory()), 1)
            .build()));
    PROFILES.put("most-allocated", new Entry(
        "bin packing: default filters; NodeResourcesFit MostAllocated scoring",
        schema -> resourceScoring("most-allocated", schema, ScoringStrategy.MOST_ALLOCATED).build()));
  }

  private BuiltInProfiles() {}

  /** kube-scheduler's default plugins in its order, with its default score weights. */
  private static Profile kubeDefault(ResourceSchema schema) {
    return Profile.builder("kube-default")
        .plugin(new PrioritySort())
        .plugin(new NodeUnschedulable())
        .plugin(new NodeName())
        .plugin(new TaintToleration(), 3)
        .plugin(new NodeAffinity(), 2)
        .plugin(new NodePorts())
        .plugin(new NodeResourcesFit(schema, ScoringStrategy.LEAST_ALLOCATED, ResourceWeight.cpuAndMemory()), 1)
        .plugin(new PodTopologySpread(true), 2)
        .plugin(new InterPodAffinity(InterPodAffinity.DEFAULT_HARD_POD_AFFINITY_WEIGHT), 2)
        .plugin(new DefaultPreemption())
        .plugin(new BalancedAllocation(ResourceWeight.cpuAndMemory()), 1)
        .build();
  }

  /** The default filters and preemption; scoring by taints, node affinity and the fit strategy. */
  private static Profile.Builder resourceScoring(String name, ResourceSchema schema, ScoringStrategy strategy) {
    return Profile.builder(name)
        .plugin(new PrioritySort())
        .plugin(new NodeUnschedulable())
        .plugin(new NodeName())
        .plugin(new TaintToleration(), 3)
        .plugin(new NodeAffinity(), 2)
        .plugin(new NodePorts())
        .plugin(new NodeResourcesFit(schema, strategy, ResourceWeight.cpuAndMemory()), 1)
        .plugin(new PodTopologySpread(true), 0)
        .plugin(new InterPodAffinity(InterPodAffinity.DEFAULT_HARD_POD_AFFINITY_WEIGHT), 0)
        .plugin(new DefaultPreemption());
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
