package io.podsim.engine;

import io.podsim.scheduler.PluginStatistics;
import java.util.List;

/** What the engine itself measured: events processed, where the window ended, wall time, plugin activity. */
public record RunStats(long events, long end, long wallNanos, List<PluginStatistics> plugins) {}
