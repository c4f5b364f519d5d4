package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.baselines.DotProduct;
import io.podsim.policies.baselines.FirstFit;
import io.podsim.policies.defaultpreemption.DefaultPreemption;
import io.podsim.policies.gpu.Fgd;
import io.podsim.policies.gpu.GpuBestFit;
import io.podsim.policies.gpu.GpuClustering;
import io.podsim.policies.gpu.GpuDotProduct;
import io.podsim.policies.gpu.GpuFit;
import io.podsim.policies.gpu.GpuPacking;
import io.podsim.policies.gpu.GpuRandom;
import io.podsim.policies.imagelocality.ImageLocality;
import io.podsim.policies.interpodaffinity.InterPodAffinity;
import io.podsim.policies.locality.DataLocality;
import io.podsim.policies.locality.NetworkBandwidth;
import io.podsim.policies.nodeaffinity.NodeAffinity;
import io.podsim.policies.nodename.NodeName;
import io.podsim.policies.nodeports.NodePorts;
import io.podsim.policies.noderesources.NodeResourcesBalancedAllocation;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.nodeunschedulable.NodeUnschedulable;
import io.podsim.policies.podtopologyspread.PodTopologySpread;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.policies.tainttoleration.TaintToleration;
import io.podsim.scheduler.Plugin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Every plugin podsim knows, by name, each made from its configuration args for a resource
 * schema. Adding a plugin is one class plus one line here. kube-scheduler plugins that act on
 * things podsim does not model (volumes, binding, scheduling gates) are known by name, so real
 * configurations load, and leave decisions unchanged.
 */
public final class PluginRegistry {
  /** kube-scheduler plugins accepted in configurations that do not affect simulated placement. */
  public static final Set<String> NOT_MODELLED = Set.of("SchedulingGates", "VolumeRestrictions", "NodeVolumeLimits",
      "VolumeBinding", "VolumeZone", "DefaultBinder", "DynamicResources");

  private static final Map<String, BiFunction<PluginArgs, ResourceSchema, Plugin>> FACTORIES = new LinkedHashMap<>();

  static {
    register(PrioritySort.NAME, PrioritySort::new);
    register(NodeUnschedulable.NAME, NodeUnschedulable::new);
    register(NodeName.NAME, NodeName::new);
    register(TaintToleration.NAME, TaintToleration::new);
    register(NodeAffinity.NAME, NodeAffinity::new);
    register(NodePorts.NAME, NodePorts::new);
    FACTORIES.put(NodeResourcesFit.NAME, NodeResourcesFit::fromArgs);
    FACTORIES.put(PodTopologySpread.NAME, (args, schema) -> PodTopologySpread.fromArgs(args));
    FACTORIES.put(InterPodAffinity.NAME, (args, schema) -> InterPodAffinity.fromArgs(args));
    FACTORIES.put(DefaultPreemption.NAME, (args, schema) -> DefaultPreemption.fromArgs(args));
    FACTORIES.put(NodeResourcesBalancedAllocation.NAME, NodeResourcesBalancedAllocation::fromArgs);
    register(ImageLocality.NAME, ImageLocality::new);
    register(FirstFit.NAME, FirstFit::new);
    register(DataLocality.NAME, DataLocality::new);
    FACTORIES.put(NetworkBandwidth.NAME, (args, schema) -> {
      args.allowOnly();
      return new NetworkBandwidth(schema);
    });
    FACTORIES.put(DotProduct.NAME, (args, schema) -> {
      args.allowOnly();
      return new DotProduct(schema);
    });
    register(GpuFit.NAME, GpuFit::new);
    register(GpuRandom.NAME, GpuRandom::new);
    register(GpuDotProduct.NAME, GpuDotProduct::new);
    register(GpuClustering.NAME, GpuClustering::new);
    register(GpuPacking.NAME, GpuPacking::new);
    register(GpuBestFit.NAME, GpuBestFit::new);
    register(Fgd.NAME, Fgd::new);
  }

  private PluginRegistry() {}

  /** Registers a plugin that takes no arguments. */
  private static void register(String name, Supplier<Plugin> factory) {
    FACTORIES.put(name, (args, schema) -> {
      args.allowOnly();
      return factory.get();
    });
  }

  /** The registered plugin names, in registration order. */
  public static Set<String> names() {
    return FACTORIES.keySet();
  }

  /** True when podsim simulates what the plugin does. */
  public static boolean isModelled(String name) {
    return FACTORIES.containsKey(name);
  }

  /** Fails unless the name is a plugin podsim models or knows to be irrelevant to placement. */
  public static void requireKnown(String name, String path) {
    if (!FACTORIES.containsKey(name) && !NOT_MODELLED.contains(name)) {
      throw new InputError(path + ": unknown plugin '" + name + "'; known: " + String.join(", ", FACTORIES.keySet())
          + " (accepted and not modelled: " + String.join(", ", new TreeSet<>(NOT_MODELLED)) + ")");
    }
  }

  /** A new instance of the named plugin with default arguments. */
  public static Plugin create(String name, ResourceSchema schema) {
    return create(name, schema, PluginArgs.none());
  }

  /** A new instance of the named plugin configured by {@code args}. */
  public static Plugin create(String name, ResourceSchema schema, PluginArgs args) {
    BiFunction<PluginArgs, ResourceSchema, Plugin> factory = FACTORIES.get(name);
    if (factory == null) {
      throw new InputError("unknown plugin '" + name + "'; known: " + names());
    }
    return factory.apply(args, schema);
  }
}
