package io.podsim.scheduler;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A profile's plugins as the framework indexes them, looked up once per run: filters and score
 * plugins in order, each score plugin's normalizer (or null) and weight, which are always
 * node-local, per PreFilter and PreScore plugin the Filter or Score a Skip from it disables (or -1),
 * and the optional fast-path roles of each plugin (null where it has none).
 */
record PluginTable(Profile profile, FilterPlugin[] filters, ScorePlugin[] scorers, ScoreNormalizer[] normalizers,
    long[] weights, boolean[] filterIsNodeLocal, boolean[] scoreIsNodeLocal, int[] filterOfPreFilter,
    int[] scoreOfPreScore, NodeLocalFilterWhen[] conditionalFilters, LabelUniform[] uniformFilters,
    NodeLocalScoreWhen[] conditionalScores, LabelUniform[] uniformScores, PreScorePlugin[] scorersPreScore) {

  /**
   * The table of a profile. Roles are looked up here because type checks against several
   * interfaces of one class each cycle thrash the JVM's one-entry type-check cache and cost more
   * than the rest of a cycle.
   */
  static PluginTable of(Profile profile) {
    FilterPlugin[] filters = profile.filters().toArray(FilterPlugin[]::new);
    List<Profile.WeightedScore> scores = profile.scores();
    ScorePlugin[] scorers = scores.stream().map(Profile.WeightedScore::plugin).toArray(ScorePlugin[]::new);
    ScoreNormalizer[] normalizers = roles(scorers, ScoreNormalizer.class, ScoreNormalizer[]::new);
    boolean[] filterIsNodeLocal = new boolean[filters.length];
    for (int f = 0; f < filters.length; f++) {
      filterIsNodeLocal[f] = filters[f] instanceof NodeLocal;
    }
    boolean[] scoreIsNodeLocal = new boolean[scorers.length];
    for (int s = 0; s < scorers.length; s++) {
      scoreIsNodeLocal[s] = scorers[s] instanceof NodeLocal;
    }
    List<ScorePlugin> scorePlugins = List.of(scorers);
    return new PluginTable(profile, filters, scorers, normalizers,
        scores.stream().mapToLong(Profile.WeightedScore::weight).toArray(), filterIsNodeLocal, scoreIsNodeLocal,
        profile.preFilters().stream().mapToInt(p -> profile.filters().indexOf(p)).toArray(),
        profile.preScores().stream().mapToInt(scorePlugins::indexOf).toArray(),
        roles(filters, NodeLocalFilterWhen.class, NodeLocalFilterWhen[]::new),
        roles(filters, LabelUniform.class, LabelUniform[]::new),
        roles(scorers, NodeLocalScoreWhen.class, NodeLocalScoreWhen[]::new),
        roles(scorers, LabelUniform.class, LabelUniform[]::new),
        roles(scorers, PreScorePlugin.class, PreScorePlugin[]::new));
  }

  /** Per plugin, the plugin as a {@code role} where it is one, else null. */
  private static <T> T[] roles(Object[] plugins, Class<T> role, IntFunction<T[]> array) {
    T[] roles = array.apply(plugins.length);
    for (int i = 0; i < plugins.length; i++) {
      roles[i] = role.isInstance(plugins[i]) ? role.cast(plugins[i]) : null;
    }
    return roles;
  }
}
