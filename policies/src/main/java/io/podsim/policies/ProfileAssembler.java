package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.PluginRef;
import io.podsim.policies.SchedulerConfiguration.PluginSet;
import io.podsim.policies.SchedulerConfiguration.Plugins;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.QueueBackoff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Profile} from a scheduler configuration profile the way kube-scheduler does:
 * the default plugins sit under multiPoint; the profile's multiPoint entries replace defaults in
 * place or are appended, and disabled ones ({@code *} for all) are dropped; then each extension
 * point takes, in order, the plugins it names that multiPoint also has, the multiPoint plugins
 * implementing it, and the rest it names. Score weights default to 1.
 */
public final class ProfileAssembler {
  /**
   * kube-scheduler's default multiPoint plugins (v1) with their score weights, plus podsim's GpuFit
   * (device-level GPU fit; it passes every pod that asks for no GPU device).
   */
  public static final List<PluginRef> DEFAULT_PLUGINS = List.of(
      new PluginRef("SchedulingGates", null), new PluginRef("PrioritySort", null),
      new PluginRef("NodeUnschedulable", null), new PluginRef("NodeName", null),
      new PluginRef("TaintToleration", 3), new PluginRef("NodeAffinity", 2), new PluginRef("NodePorts", null),
      new PluginRef("NodeResourcesFit", 1), new PluginRef("GpuFit", null), new PluginRef("VolumeRestrictions", null),
      new PluginRef("NodeVolumeLimits", null), new PluginRef("VolumeBinding", null), new PluginRef("VolumeZone", null),
      new PluginRef("PodTopologySpread", 2), new PluginRef("InterPodAffinity", 2),
      new PluginRef("DefaultPreemption", null), new PluginRef("NodeResourcesBalancedAllocation", 1),
      new PluginRef("ImageLocality", 1), new PluginRef("DefaultBinder", null));

  private ProfileAssembler() {}

  /** Assembles the profile, with fresh plugin instances, for the scenario's resources, with the default backoff. */
  public static Profile assemble(ProfileConfig config, int globalPercentage, ResourceSchema schema) {
    return assemble(config, globalPercentage, QueueBackoff.DEFAULT, schema);
  }

  /** Assembles the profile with its configuration's queue backoff. */
  public static Profile assemble(ProfileConfig config, int globalPercentage, QueueBackoff backoff,
      ResourceSchema schema) {
    String name = config.schedulerName() == null ? "default-scheduler" : config.schedulerName();
    Map<String, PluginArgs> args = pluginArgs(config, name);
    Plugins plugins = config.plugins() == null ? emptyPlugins() : config.plugins();
    List<PluginRef> multiPoint = merge(DEFAULT_PLUGINS, orEmpty(plugins.multiPoint()), name + ".plugins.multiPoint");
    Map<String, Plugin> instances = new LinkedHashMap<>();
    Profile.Builder builder = Profile.builder(name);
    for (ExtensionPoint point : ExtensionPoint.values()) {
      PluginSet specific = orEmpty(setFor(plugins, point));
      String path = name + ".plugins." + point.configName();
      for (PluginRef ref : pointPlugins(point, specific, multiPoint, instances, schema, args, path)) {
        builder.at(point, instance(ref.name(), instances, schema, args, path),
            point == ExtensionPoint.SCORE ? weight(ref, path) : 1);
      }
    }
    keepPreStepsWithTheirSteps(builder, instances.values());
    requireKnownNames(plugins, name);
    int percentage = config.percentageOfNodesToScore() != null ? config.percentageOfNodesToScore() : globalPercentage;
    if (percentage < 0 || percentage > 100) {
      throw new InputError(name + ".percentageOfNodesToScore: expected 0..100, found " + percentage);
    }
    return builder.percentageOfNodesToScore(percentage).tieBreak(tieBreak(config.tieBreak(), name)).backoff(backoff)
        .build();
  }

  /** podsim's tie-break setting by its configuration name; kube-scheduler's seeded random pick when absent. */
  private static Profile.TieBreak tieBreak(String configName, String profile) {
    if (configName == null) {
      return Profile.TieBreak.RANDOM;
    }
    return Profile.TieBreak.byConfigName(configName).orElseThrow(() -> new InputError(profile
        + ".tieBreak: expected Random, NodeOrder or ShuffledNodeOrder, found '" + configName + "'"));
  }

  /** kube-scheduler's mergePluginSet: custom entries replace defaults in place, others follow. */
  private static List<PluginRef> merge(List<PluginRef> defaults, PluginSet custom, String path) {
    Set<String> disabled = names(custom.disabled());
    Map<String, PluginRef> overrides = new LinkedHashMap<>();
    custom.enabled().forEach(ref -> overrides.put(requireName(ref, path), ref));
    List<PluginRef> merged = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    if (!disabled.contains("*")) {
      for (PluginRef ref : defaults) {
        if (!disabled.contains(ref.name())) {
          PluginRef override = overrides.get(ref.name());
          merged.add(override != null ? override : ref);
          if (override != null) {
            replaced.add(ref.name());
          }
        }
      }
    }
    custom.enabled().stream().filter(ref -> !replaced.contains(ref.name())).forEach(merged::add);
    return merged;
  }

  /** The plugins of one extension point, in kube-scheduler's order for multiPoint expansion. */
  private static List<PluginRef> pointPlugins(ExtensionPoint point, PluginSet specific, List<PluginRef> multiPoint,
      Map<String, Plugin> instances, ResourceSchema schema, Map<String, PluginArgs> args, String path) {
    Set<String> disabled = names(specific.disabled());
    Set<String> named = names(specific.enabled());
    List<PluginRef> overriding = new ArrayList<>();
    List<PluginRef> fromMultiPoint = new ArrayList<>();
    if (!disabled.contains("*")) {
      for (PluginRef ref : multiPoint) {
        if (!PluginRegistry.isModelled(ref.name())) {
          PluginRegistry.requireKnown(ref.name(), path);
          continue;
        }
        if (disabled.contains(ref.name()) || !point.isImplementedBy(instance(ref.name(), instances, schema, args, path))) {
          continue;
        }
        if (named.contains(ref.name())) {
          specific.enabled().stream().filter(r -> r.name().equals(ref.name())).findFirst().ifPresent(overriding::add);
        } else {
          fromMultiPoint.add(ref);
        }
      }
    }
    List<PluginRef> result = new ArrayList<>(overriding);
    result.addAll(fromMultiPoint);
    for (PluginRef ref : specific.enabled()) {
      requireName(ref, path);
      if (!overriding.contains(ref) && PluginRegistry.isModelled(ref.name())) {
        if (!point.isImplementedBy(instance(ref.name(), instances, schema, args, path))) {
          throw new InputError(path + ": plugin '" + ref.name() + "' has no " + point.configName() + " extension");
        }
        result.add(ref);
      } else {
        PluginRegistry.requireKnown(ref.name(), path);
      }
    }
    return result;
  }

  /** podsim's plugins compute per-cycle state in PreFilter and PreScore, so those follow their steps. */
  private static void keepPreStepsWithTheirSteps(Profile.Builder builder, Iterable<Plugin> plugins) {
    Profile draft = builder.build();
    for (Plugin plugin : plugins) {
      if (draft.filters().contains(plugin) && ExtensionPoint.PRE_FILTER.isImplementedBy(plugin)) {
        builder.at(ExtensionPoint.PRE_FILTER, plugin, 0);
      }
      boolean scores = draft.scores().stream().anyMatch(s -> s.plugin() == plugin);
      if (scores && ExtensionPoint.PRE_SCORE.isImplementedBy(plugin)) {
        builder.at(ExtensionPoint.PRE_SCORE, plugin, 0);
      }
    }
  }

  private static Plugin instance(String pluginName, Map<String, Plugin> instances, ResourceSchema schema,
      Map<String, PluginArgs> args, String path) {
    Plugin plugin = instances.get(pluginName);
    if (plugin == null) {
      PluginRegistry.requireKnown(pluginName, path);
      plugin = PluginRegistry.create(pluginName, schema, args.getOrDefault(pluginName, PluginArgs.none()));
      instances.put(pluginName, plugin);
    }
    return plugin;
  }

  private static Map<String, PluginArgs> pluginArgs(ProfileConfig config, String profile) {
    Map<String, PluginArgs> args = new LinkedHashMap<>();
    for (int i = 0; i < config.pluginConfig().size(); i++) {
      SchedulerConfiguration.PluginConfig entry = config.pluginConfig().get(i);
      String path = profile + ".pluginConfig[" + i + "]";
      if (entry.name() == null) {
        throw new InputError(path + ".name: required");
      }
      PluginRegistry.requireKnown(entry.name(), path);
      args.put(entry.name(), PluginArgs.of(entry.args(), path + ".args"));
    }
    return args;
  }

  /** Extension points podsim does not simulate (permits, binding) may only name known plugins. */
  private static void requireKnownNames(Plugins plugins, String profile) {
    Map<String, PluginSet> unsimulated = new LinkedHashMap<>(plugins.byKey());
    unsimulated.keySet().retainAll(List.of("preEnqueue", "permit", "preBind", "bind", "postBind"));
    unsimulated.forEach((point, set) -> set.enabled().forEach(ref ->
        PluginRegistry.requireKnown(requireName(ref, profile + ".plugins." + point), profile + ".plugins." + point)));
  }

  private static PluginSet setFor(Plugins plugins, ExtensionPoint point) {
    return switch (point) {
      case QUEUE_SORT -> plugins.queueSort();
      case PRE_FILTER -> plugins.preFilter();
      case FILTER -> plugins.filter();
      case POST_FILTER -> plugins.postFilter();
      case PRE_SCORE -> plugins.preScore();
      case SCORE -> plugins.score();
      case RESERVE -> plugins.reserve();
    };
  }

  /**
   * A score weight as kube-scheduler's getScoreWeights reads it: absent or 0 counts as 1. A negative
   * weight, which kube-scheduler's validation lets through, would turn the plugin's preference
   * around, so it is refused.
   */
  private static int weight(PluginRef ref, String path) {
    if (ref.weight() != null && ref.weight() < 0) {
      throw new InputError(path + ": weight of " + ref.name() + ": expected 0 (counted as 1) or more, found "
          + ref.weight() + "; a negative weight would turn the plugin's preference around");
    }
    return ref.weight() == null || ref.weight() == 0 ? 1 : ref.weight();
  }

  private static String requireName(PluginRef ref, String path) {
    if (ref.name() == null) {
      throw new InputError(path + ": a plugin entry needs a name");
    }
    return ref.name();
  }

  private static Set<String> names(List<PluginRef> refs) {
    Set<String> names = new LinkedHashSet<>();
    refs.forEach(ref -> names.add(ref.name()));
    return names;
  }

  private static PluginSet orEmpty(PluginSet set) {
    return set == null ? PluginSet.EMPTY : set;
  }

  private static Plugins emptyPlugins() {
    return new Plugins(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
