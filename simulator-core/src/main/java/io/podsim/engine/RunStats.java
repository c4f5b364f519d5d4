package io.podsim.engine;

import io.podsim.scheduler.PluginStatistics;
import java.util.List;
import java.util.Map;

/**
 * What the engine itself measured: events processed, where the window ended, wall time, plugin
 * activity, and the input rows the workload read but could not turn into pods, by reason.
 */
public record RunStats(long events, long end, long wallNanos, List<PluginStatistics> plugins,
    Map<String, Long> skippedRows) {}
