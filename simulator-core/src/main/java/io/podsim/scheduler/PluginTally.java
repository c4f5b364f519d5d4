package io.podsim.scheduler;

/**
 * Running counts behind {@link PluginStatistics}, per filter, PostFilter and score plugin: nodes
 * rejected, successes, cycles scored, the sum of the chosen node's scores and cycles whose choice
 * depended on the plugin. Every way of searching adds to the same counts.
 */
record PluginTally(long[] filterRejections, long[] postFilterSuccesses, long[] scoredCycles, double[] chosenScoreSums,
    long[] winnerChanges) {
  static PluginTally of(Profile profile) {
    int scores = profile.scores().size();
    return new PluginTally(new long[profile.filters().size()], new long[profile.postFilters().size()],
        new long[scores], new double[scores], new long[scores]);
  }
}
