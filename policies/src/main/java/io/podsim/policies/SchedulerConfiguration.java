package io.podsim.policies;

import java.util.List;
import java.util.Map;

/**
 * The parts of a KubeSchedulerConfiguration (kubescheduler.config.k8s.io/v1) that shape
 * scheduling decisions: the global percentageOfNodesToScore and the profiles. Plain values, so the
 * file format stays outside this module.
 */
public record SchedulerConfiguration(Integer percentageOfNodesToScore, List<ProfileConfig> profiles) {
  public SchedulerConfiguration {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  /**
   * One profile: plugins per extension point (and multiPoint) and plugin arguments; {@code tieBreak}
   * is podsim's own field (Random, NodeOrder or ShuffledNodeOrder; kube-scheduler's Random by default).
   */
  public record ProfileConfig(String schedulerName, Integer percentageOfNodesToScore, String tieBreak,
      Plugins plugins, List<PluginConfig> pluginConfig) {
    public ProfileConfig {
      pluginConfig = pluginConfig == null ? List.of() : List.copyOf(pluginConfig);
    }
  }

  /** {@code plugins:} of a profile, keyed as in the configuration. */
  public record Plugins(
      PluginSet multiPoint,
      PluginSet queueSort,
      PluginSet preEnqueue,
      PluginSet preFilter,
      PluginSet filter,
      PluginSet postFilter,
      PluginSet preScore,
      PluginSet score,
      PluginSet reserve,
      PluginSet permit,
      PluginSet preBind,
      PluginSet bind,
      PluginSet postBind) {}

  /** Plugins enabled (in order, with weights for score) and disabled ({@code *} for all). */
  public record PluginSet(List<PluginRef> enabled, List<PluginRef> disabled) {
    public PluginSet {
      enabled = enabled == null ? List.of() : List.copyOf(enabled);
      disabled = disabled == null ? List.of() : List.copyOf(disabled);
    }

    static final PluginSet EMPTY = new PluginSet(List.of(), List.of());
  }

  /** A plugin by name, with a weight when enabled for scoring. */
  public record PluginRef(String name, Integer weight) {}

  /** {@code pluginConfig[i]}: arguments for one plugin. */
  public record PluginConfig(String name, Map<String, Object> args) {}
}
