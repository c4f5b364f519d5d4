package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.defaultpreemption.DefaultPreemption;
import io.podsim.policies.interpodaffinity.InterPodAffinity;
import io.podsim.policies.nodeaffinity.NodeAffinity;
import io.podsim.policies.nodename.NodeName;
import io.podsim.policies.nodeports.NodePorts;
import io.podsim.policies.nodeunschedulable.NodeUnschedulable;
import io.podsim.policies.noderesources.BalancedAllocation;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.noderesources.ResourceWeight;
import io.podsim.policies.noderesources.ScoringStrategy;
import io.podsim.policies.podtopologyspread.PodTopologySpread;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.policies.tainttoleration.TaintToleration;
import io.podsim.scheduler.Plugin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every plugin podsim knows, by name, each made with its default arguments for a resource schema.
 * Adding a plugin is one class plus one line here.
 */
public final class PluginRegistry {
  private static final Map<String, Function<ResourceSchema, Plugin>> FACTORIES = new LinkedHashMap<>();

  static {
    register(PrioritySort.NAME, schema -> new PrioritySort());
    register(NodeUnschedulable.NAME, schema -> new NodeUnschedulable());
    register(NodeName.NAME, schema -> new NodeName());
    register(TaintToleration.NAME, schema -> new TaintToleration());
    register(NodeAffinity.NAME, schema -> new NodeAffinity());
    register(NodePorts.NAME, schema -> new NodePorts());
    register(NodeResourcesFit.NAME,
        schema -> new NodeResourcesFit(schema, ScoringStrategy.LEAST_ALLOCATED, ResourceWeight.cpuAndMemory()));
    register(PodTopologySpread.NAME, schema -> new PodTopologySpread(true));
    register(InterPodAffinity.NAME, schema -> new InterPodAffinity(InterPodAffinity.DEFAULT_HARD_POD_AFFINITY_WEIGHT));
    register(DefaultPreemption.NAME, schema -> new DefaultPreemption());
    register(BalancedAllocation.NAME, schema -> new BalancedAllocation(ResourceWeight.cpuAndMemory()));
  }

  private PluginRegistry() {}

  private static void register(String name, Function<ResourceSchema, Plugin> factory) {
    FACTORIES.put(name, factory);
  }

  /** The registered plugin names, in registration order. */
  public static Set<String> names() {
    return FACTORIES.keySet();
  }

  /** A new instance of the named plugin with default arguments. */
  public static Plugin create(String name, ResourceSchema schema) {
    Function<ResourceSchema, Plugin> factory = FACTORIES.get(name);
    if (factory == null) {
      throw new InputError("unknown plugin '" + name + "'; known: " + names());
    }
    return factory.apply(schema);
  }
}
