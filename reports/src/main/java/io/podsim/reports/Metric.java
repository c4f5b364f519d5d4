package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A headline metric, declared once so every reporter (run table, compare, CI gate) stays generic:
 * its path in {@code summary.json}, a label, its unit and whether higher is better.
 */
public record Metric(String path, String label, Unit unit, boolean higherIsBetter) {
  /** How a value is shown. */
  public enum Unit {
    COUNT,
    FRACTION,
    SECONDS
  }

  /** The metrics tables show, in order, for the resources a summary reports. */
  public static List<Metric> headline(JsonNode summary) {
    List<Metric> metrics = new ArrayList<>(List.of(
        new Metric("pods.total", "pods", Unit.COUNT, true),
        new Metric("pods.scheduled", "scheduled", Unit.COUNT, true),
        new Metric("pods.succeeded", "succeeded", Unit.COUNT, true),
        new Metric("pods.runningAtEnd", "running at end", Unit.COUNT, true),
        new Metric("pods.pendingAtEnd", "pending at end", Unit.COUNT, false),
        new Metric("pods.unschedulable", "unschedulable", Unit.COUNT, false),
        new Metric("pods.preempted", "preempted", Unit.COUNT, false),
        new Metric("pods.notArrived", "not arrived by the horizon", Unit.COUNT, false),
        new Metric("pods.replacements", "replacements of evicted pods", Unit.COUNT, false)));
    Iterator<String> resources = summary.path("utilization").fieldNames();
    while (resources.hasNext()) {
      String resource = resources.next();
      boolean nodes = resource.equals("nodes");
      String label = nodes ? "nodes in use" : resource + " utilization";
      metrics.add(new Metric("utilization." + resource + ".mean", label + " mean", Unit.FRACTION, !nodes));
      metrics.add(new Metric("utilization." + resource + ".peak", label + " peak", Unit.FRACTION, !nodes));
    }
    for (String stat : List.of("mean", "p50", "p90", "p99", "max")) {
      metrics.add(new Metric("latency.scheduling." + stat, "latency " + stat, Unit.SECONDS, false));
    }
    metrics.add(new Metric("simulation.events", "events", Unit.COUNT, false));
    return metrics;
  }

  /** The metric's value in a summary, or NaN when the summary lacks it. */
  public double value(JsonNode summary) {
    JsonNode node = SummaryPath.find(summary, path);
    return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
  }

  /** The value as tables show it. */
  public String format(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (unit) {
      case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
      case FRACTION -> String.format(Locale.ROOT, "%.1f%%", v * 100);
      case SECONDS -> String.format(Locale.ROOT, "%.3fs", v);
    };
  }
}
