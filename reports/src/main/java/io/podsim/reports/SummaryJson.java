package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podsim.metrics.LatencySummary;
import io.podsim.metrics.RunResult;
import io.podsim.scheduler.PluginStatistics;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code summary.json}, the stable contract CI pipelines parse. Fields may be added; a
 * rename or removal bumps {@link #SCHEMA_VERSION}.
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
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("scenario", r.scenario());
    root.put("profile", r.profile());
    root.put("seed", r.seed());
    ObjectNode pods = root.putObject("pods");
    pods.put("total", r.pods().total());
    pods.put("scheduled", r.pods().scheduled());
    pods.put("succeeded", r.pods().succeeded());
    pods.put("runningAtEnd", r.pods().runningAtEnd());
    pods.put("pendingAtEnd", r.pods().pendingAtEnd());
    pods.put("unschedulable", r.pods().unschedulable());
    pods.put("preempted", r.pods().preempted());
    pods.put("failed", r.pods().failed());
    pods.put("notArrived", r.pods().notArrived());
    pods.put("replacements", r.pods().replacements());
    pods.put("preemptedWithoutOwner", r.pods().preemptedWithoutOwner());
    ObjectNode skipped = root.putObject("skippedRows");
    r.skippedRows().forEach(skipped::put);
    ObjectNode utilization = root.putObject("utilization");
    r.utilization().forEach((resource, u) -> {
      ObjectNode entry = utilization.putObject(resource);
      entry.put("mean", u.mean());
      entry.put("peak", u.peak());
    });
    ObjectNode latency = root.putObject("latency");
    latency(latency.putObject("scheduling"), r.latency());
    latency(latency.putObject("allPods"), r.latencyAllPods());
    ObjectNode startedWithin = latency.putObject("startedWithin");
    r.startedWithin().forEach(startedWithin::put);
    ObjectNode reasons = root.putObject("unschedulableReasons");
    r.unschedulableReasons().forEach(reasons::put);
    if (!r.gpu().isEmpty()) {
      ObjectNode gpu = root.putObject("gpu");
      r.gpu().forEach((measure, values) -> values.forEach(gpu.putObject(measure)::put));
    }
    if (!r.dataLocality().isEmpty()) {
      ObjectNode locality = root.putObject("dataLocality");
      r.dataLocality().forEach(locality::put);
    }
    ObjectNode plugins = root.putObject("plugins");
    for (PluginStatistics p : r.plugins()) {
      ObjectNode entry = plugins.putObject(p.plugin());
      entry.put("filterRejections", p.filterRejections());
      entry.put("postFilterSuccesses", p.postFilterSuccesses());
      entry.put("scoredCycles", p.scoredCycles());
      entry.put("meanScoreOfChosen", p.meanScoreOfChosen());
      entry.put("winnerChanges", p.winnerChanges());
    }
    ObjectNode simulation = root.putObject("simulation");
    simulation.put("events", r.simulation().events());
    simulation.put("simulatedSeconds", r.simulation().simulatedSeconds());
    simulation.put("wallSeconds", r.simulation().wallSeconds());
    simulation.put("eventsPerSecond", r.simulation().eventsPerSecond());
    return root;
  }

  private static void latency(ObjectNode node, LatencySummary latency) {
    node.put("count", latency.count());
    node.put("mean", latency.mean());
    node.put("p50", latency.p50());
    node.put("p90", latency.p90());
    node.put("p99", latency.p99());
    node.put("max", latency.max());
  }
}
