package io.podsim.scheduler;

/**
 * Running counts behind {@link PluginStatistics}, per filter and per score plugin: nodes rejected,
 * cycles scored, the sum of the chosen node's scores and cycles whose choice depended on the plugin.
 */
record PluginTally(long[] filterRejections, long[] scoredCycles, double[] chosenScoreSums, long[] winnerChanges) {}
