package io.podsim.scheduler;

/**
 * What one plugin did over a run: nodes its Filter rejected, PostFilter runs that succeeded, and
 * for Score: the cycles it scored, the mean normalized score (0..100) it gave the chosen node, and
 * how many cycles would have chosen another node without it.
 */
public record PluginStatistics(
    String plugin,
    long filterRejections,
    long postFilterSuccesses,
    long scoredCycles,
    double meanScoreOfChosen,
    long winnerChanges) {}
