package io.podsim.scheduler;

/** The framework's extension points, with the names scheduler configurations use. */
public enum ExtensionPoint {
  QUEUE_SORT("queueSort", QueueSortPlugin.class),
  PRE_FILTER("preFilter", PreFilterPlugin.class),
  FILTER("filter", FilterPlugin.class),
  POST_FILTER("postFilter", PostFilterPlugin.class),
  PRE_SCORE("preScore", PreScorePlugin.class),
  SCORE("score", ScorePlugin.class),
  RESERVE("reserve", ReservePlugin.class);

  private final String configName;
  private final Class<? extends Plugin> type;

  ExtensionPoint(String configName, Class<? extends Plugin> type) {
    this.configName = configName;
    this.type = type;
  }

  /** The key under {@code plugins:} in a KubeSchedulerConfiguration profile. */
  public String configName() {
    return configName;
  }

  /** True when the plugin implements this extension point. */
  public boolean isImplementedBy(Plugin plugin) {
    return type.isInstance(plugin);
  }
}
