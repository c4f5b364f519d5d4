package io.podsim.scheduler;

/**
 * A profile's plugins as the framework indexes them: filters and score plugins in order, each
 * score plugin's normalizer (or null) and weight, which are always node-local, and per PreScore
 * plugin the score plugin a Skip from it disables (or -1).
 */
record PluginTable(Profile profile, FilterPlugin[] filters, ScorePlugin[] scorers, ScoreNormalizer[] normalizers,
    long[] weights, boolean[] filterIsNodeLocal, boolean[] scoreIsNodeLocal, int[] scoreOfPreScore) {}
