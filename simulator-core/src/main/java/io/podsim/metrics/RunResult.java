package io.podsim.metrics;

import io.podsim.scheduler.PluginStatistics;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of one profile measured ({@code nodeSeries} is null for large clusters). Utilization is keyed by resource name, plus
 * {@code nodes} for the share of nodes with at least one pod; data locality gives, for pods that
 * read data sets, the share placed at each level (node, rack, zone, remote) of their farthest one;
 * {@code latencyAllPods} is scheduling latency over every pod that arrived, those never bound censored
 * at the run's end; {@code startedWithin} maps a limit ({@code 5s}) to the share of arrived pods
 * that started running within it; skipped rows are the workload's input rows that became no pod, by reason; GPU measures are empty
 * and the GPU series null unless the cluster has GPUs.
 */
public record RunResult(
    String scenario,
    String profile,
    long seed,
    PodCounts pods,
    Map<String, Utilization> utilization,
    LatencySummary latency,
    LatencySummary latencyAllPods,
    Map<String, Double> startedWithin,
    Map<String, Long> unschedulableReasons,
    Map<String, Double> dataLocality,
    EngineSummary simulation,
    List<PluginStatistics> plugins,
    TimeSeries timeSeries,
    NodeSeries nodeSeries,
    Map<String, Long> skippedRows,
    Map<String, Map<String, Double>> gpu,
    TimeSeries gpuSeries) {

  /** The same result with GPU measures (per measure, statistic → value) and their sampled series. */
  public RunResult withGpu(Map<String, Map<String, Double>> measures, TimeSeries series) {
    return new RunResult(scenario, profile, seed, pods, utilization, latency, latencyAllPods, startedWithin,
        unschedulableReasons, dataLocality, simulation, plugins, timeSeries, nodeSeries, skippedRows, measures,
        series);
  }
}
