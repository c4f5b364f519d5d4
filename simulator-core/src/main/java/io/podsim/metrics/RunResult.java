package io.podsim.metrics;

import io.podsim.scheduler.PluginStatistics;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of one profile measured. Utilization is keyed by resource name, plus
 * {@code nodes} for the share of nodes with at least one pod.
 */
public record RunResult(
    String scenario,
    String profile,
    long seed,
    PodCounts pods,
    Map<String, Utilization> utilization,
    LatencySummary latency,
    Map<String, Long> unschedulableReasons,
    EngineSummary simulation,
    List<PluginStatistics> plugins,
    TimeSeries timeSeries) {}
