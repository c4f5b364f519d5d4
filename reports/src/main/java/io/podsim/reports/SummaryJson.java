package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podsim.metrics.GpuMeasure;
import io.podsim.metrics.LatencySummary;
import io.podsim.metrics.RunResult;
import io.podsim.scheduler.PluginStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.json}, the stable contract CI pipelines parse, every value at the place its
 * {@link Metrics} declaration names. Fields may be added; a rename or removal bumps
 * {@link #SCHEMA_VERSION}.
 */
public final class SummaryJson {
  public static final int SCHEMA_VERSION = 1;
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  public static void write(RunResult result, Path file) throws IOException {
    write(toJson(result), file);
  }

  /** Writes a summary tree (one run, or the mean over seeds). */
  public static void write(JsonNode summary, Path file) throws IOException {
    JSON.writeValue(file.toFile(), summary);
  }

  /** The summary as a JSON tree, with fields in a fixed order. */
  public static ObjectNode toJson(RunResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put(SummaryFields.SCHEMA_VERSION, SCHEMA_VERSION);
    root.put(SummaryFields.SCENARIO, r.scenario());
    root.put(SummaryFields.PROFILE, r.profile());
    root.put(SummaryFields.SEED, r.seed());
    put(root, Metrics.PODS_TOTAL, r.pods().total());
    put(root, Metrics.PODS_SCHEDULED, r.pods().scheduled());
    put(root, Metrics.PODS_SUCCEEDED, r.pods().succeeded());
    put(root, Metrics.PODS_RUNNING_AT_END, r.pods().runningAtEnd());
    put(root, Metrics.PODS_PENDING_AT_END, r.pods().pendingAtEnd());
    put(root, Metrics.PODS_UNSCHEDULABLE, r.pods().unschedulable());
    put(root, Metrics.PODS_PREEMPTED, r.pods().preempted());
    put(root, Metrics.PODS_FAILED, r.pods().failed());
    put(root, Metrics.PODS_NOT_ARRIVED, r.pods().notArrived());
    put(root, Metrics.PODS_REPLACEMENTS, r.pods().replacements());
    put(root, Metrics.PODS_PREEMPTED_WITHOUT_OWNER, r.pods().preemptedWithoutOwner());
    section(root, Metrics.SKIPPED_ROWS);
    r.skippedRows().forEach((reason, rows) -> put(root, Metrics.skippedRows(reason), rows));
    section(root, Metrics.UTILIZATION);
    r.utilization().forEach((resource, u) -> {
      put(root, Metrics.utilizationMean(resource), u.mean());
      put(root, Metrics.utilizationPeak(resource), u.peak());
    });
    latency(root, Metrics.LATENCY_SCHEDULING, r.latency());
    latency(root, Metrics.LATENCY_ALL_PODS, r.latencyAllPods());
    section(root, Metrics.STARTED_WITHIN);
    r.startedWithin().forEach((limit, share) -> put(root, Metrics.startedWithin(limit), share));
    section(root, Metrics.UNSCHEDULABLE_REASONS);
    r.unschedulableReasons().forEach((reason, pods) -> put(root, Metrics.unschedulableReason(reason), pods));
    r.gpu().forEach((measure, values) -> values.forEach((stat, value) ->
        put(root, Metrics.gpu(GpuMeasure.byKey(measure), stat), value)));
    r.dataLocality().forEach((level, share) -> put(root, Metrics.dataLocality(level), share));
    section(root, Metrics.PLUGINS);
    for (PluginStatistics p : r.plugins()) {
      for (Metrics.PluginCounter counter : Metrics.PluginCounter.values()) {
        put(root, Metrics.plugin(p.plugin(), counter), counter.of(p));
      }
    }
    put(root, Metrics.EVENTS, r.simulation().events());
    put(root, Metrics.SIMULATED_SECONDS, r.simulation().simulatedSeconds());
    put(root, Metrics.WALL_SECONDS, r.simulation().wallSeconds());
    put(root, Metrics.EVENTS_PER_SECOND, r.simulation().eventsPerSecond());
    return root;
  }

  private static void latency(ObjectNode root, List<Metric> stats, LatencySummary latency) {
    put(root, stats.get(0), latency.count());
    double[] values = {latency.mean(), latency.p50(), latency.p90(), latency.p99(), latency.max()};
    for (int i = 0; i < values.length; i++) {
      put(root, stats.get(i + 1), values[i]);
    }
  }

  /** A whole number stays one ({@code 3}, not {@code 3.0}). */
  private static void put(ObjectNode root, Metric metric, Number value) {
    if (value instanceof Long || value instanceof Integer) {
      parent(root, metric).put(last(metric), value.longValue());
    } else {
      parent(root, metric).put(last(metric), value.doubleValue());
    }
  }

  private static String last(Metric metric) {
    return metric.keys().get(metric.keys().size() - 1);
  }

  private static ObjectNode parent(ObjectNode root, Metric metric) {
    return section(root, metric.keys().subList(0, metric.keys().size() - 1));
  }

  /** The object at these keys, created (empty) where missing. */
  private static ObjectNode section(ObjectNode root, List<String> keys) {
    ObjectNode node = root;
    for (String key : keys) {
      JsonNode child = node.get(key);
      node = child instanceof ObjectNode object ? object : node.putObject(key);
    }
    return node;
  }
}
