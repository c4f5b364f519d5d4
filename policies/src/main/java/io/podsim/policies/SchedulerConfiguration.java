package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.SimTime;
import io.podsim.scheduler.QueueBackoff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a KubeSchedulerConfiguration (kubescheduler.config.k8s.io/v1) that shape
 * scheduling decisions: the global percentageOfNodesToScore, the queue's podInitialBackoffSeconds
 * and podMaxBackoffSeconds, and the profiles.
 */
public record SchedulerConfiguration(Integer percentageOfNodesToScore, Long podInitialBackoffSeconds,
    Long podMaxBackoffSeconds, List<ProfileConfig> profiles, List<String> ignoredFields) {
  public SchedulerConfiguration {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    ignoredFields = ignoredFields == null ? List.of() : List.copyOf(ignoredFields);
  }

  /** The same configuration, noting the fields of the file that podsim accepts and ignores. */
  public SchedulerConfiguration withIgnoredFields(List<String> fields) {
    return new SchedulerConfiguration(percentageOfNodesToScore, podInitialBackoffSeconds, podMaxBackoffSeconds,
        profiles, fields);
  }

  /**
   * The queue's backoff: kube-scheduler's defaults (1 s, 10 s) for fields left out, then its
   * ValidateKubeSchedulerConfiguration: the initial backoff above 0, the maximum not below it.
   */
  public QueueBackoff backoff(String source) {
    long initial = podInitialBackoffSeconds == null ? QueueBackoff.DEFAULT.initial() / SimTime.SECOND
        : podInitialBackoffSeconds;
    long max = podMaxBackoffSeconds == null ? QueueBackoff.DEFAULT.max() / SimTime.SECOND : podMaxBackoffSeconds;
    if (initial <= 0) {
      throw new InputError(source + ": podInitialBackoffSeconds: expected a whole number of seconds above 0, found "
          + initial);
    }
    if (max < initial) {
      throw new InputError(source + ": podMaxBackoffSeconds: expected at least podInitialBackoffSeconds (" + initial
          + "), found " + max);
    }
    long limit = Long.MAX_VALUE / SimTime.SECOND;
    if (max > limit) {
      throw new InputError(source + ": podMaxBackoffSeconds: expected at most " + limit + ", found " + max);
    }
    return new QueueBackoff(initial * SimTime.SECOND, max * SimTime.SECOND);
  }

  /**
   * One profile: plugins per extension point (and multiPoint) and plugin arguments; {@code tieBreak}
   * (Random, NodeOrder or ShuffledNodeOrder; kube-scheduler's Random by default) and
   * {@code description} (one line that {@code podsim profiles} shows) are podsim's own fields.
   */
  public record ProfileConfig(String schedulerName, Integer percentageOfNodesToScore, String tieBreak,
      String description, Plugins plugins, List<PluginConfig> pluginConfig) {
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
      PluginSet postBind) {
    /** The sets that are given, by their configuration key, in configuration order. */
    public Map<String, PluginSet> byKey() {
      Map<String, PluginSet> sets = new LinkedHashMap<>();
      sets.put("multiPoint", multiPoint);
      sets.put("queueSort", queueSort);
      sets.put("preEnqueue", preEnqueue);
      sets.put("preFilter", preFilter);
      sets.put("filter", filter);
      sets.put("postFilter", postFilter);
      sets.put("preScore", preScore);
      sets.put("score", score);
      sets.put("reserve", reserve);
      sets.put("permit", permit);
      sets.put("preBind", preBind);
      sets.put("bind", bind);
      sets.put("postBind", postBind);
      sets.values().removeIf(Objects::isNull);
      return sets;
    }
  }

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
