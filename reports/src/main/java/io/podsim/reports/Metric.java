package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A headline metric, declared once so every reporter (run table, compare, CI gate, report, seed
 * statistics) stays generic: its path in {@code summary.json}, a label, its unit and which
 * direction is better.
 */
public record Metric(String path, String label, Unit unit, Better better) {
  /** How a value is shown. */
  public enum Unit {
    COUNT,
    /** A share from 0 to 1, shown as a percentage. */
    FRACTION,
    /** Already a percentage (0 to 100). */
    PERCENT,
    SECONDS,
    /** Shown in MiB. */
    BYTES,
    /** A multiple, such as pods/s over kube-scheduler's threshold. */
    RATIO
  }

  /** Which way a metric improves; {@link #NEITHER} for figures that describe a run without ranking it. */
  public enum Better {
    HIGHER,
    LOWER,
    NEITHER
  }

  private static final List<String> LATENCY_STATS = List.of("mean", "p50", "p90", "p99", "max");

  /** The metrics tables show, in order, for the resources and measures a summary (or bench result) reports. */
  public static List<Metric> headline(JsonNode summary) {
    if (summary.has(ResultSet.WORKLOAD)) {
      return bench();
    }
    List<Metric> metrics = new ArrayList<>(List.of(
        new Metric("pods.total", "pods", Unit.COUNT, Better.NEITHER),
        new Metric("pods.scheduled", "scheduled", Unit.COUNT, Better.HIGHER),
        new Metric("pods.succeeded", "succeeded", Unit.COUNT, Better.HIGHER),
        new Metric("pods.runningAtEnd", "running at end", Unit.COUNT, Better.NEITHER),
        new Metric("pods.pendingAtEnd", "pending at end", Unit.COUNT, Better.LOWER),
        new Metric("pods.unschedulable", "unschedulable", Unit.COUNT, Better.LOWER),
        new Metric("pods.preempted", "preempted", Unit.COUNT, Better.LOWER),
        new Metric("pods.notArrived", "not arrived by the horizon", Unit.COUNT, Better.NEITHER),
        new Metric("pods.replacements", "replacements of evicted pods", Unit.COUNT, Better.LOWER),
        new Metric("pods.preemptedWithoutOwner", "preempted, not recreated", Unit.COUNT, Better.LOWER)));
    Iterator<String> resources = summary.path("utilization").fieldNames();
    while (resources.hasNext()) {
      String resource = resources.next();
      boolean nodes = resource.equals("nodes");
      String label = nodes ? "nodes in use" : resource + " utilization";
      Better better = nodes ? Better.LOWER : Better.HIGHER;
      metrics.add(new Metric("utilization." + resource + ".mean", label + " mean", Unit.FRACTION, better));
      metrics.add(new Metric("utilization." + resource + ".peak", label + " peak", Unit.FRACTION, better));
    }
    if (summary.has("gpu")) {
      metrics.add(new Metric("gpu.unallocatedPct.mean", "GPUs unallocated mean", Unit.PERCENT, Better.LOWER));
      metrics.add(new Metric("gpu.unallocatedPct.end", "GPUs unallocated at end", Unit.PERCENT, Better.LOWER));
      metrics.add(new Metric("gpu.fragmentPct.mean", "GPU fragment mean", Unit.PERCENT, Better.LOWER));
      metrics.add(new Metric("gpu.fragmentPct.end", "GPU fragment at end", Unit.PERCENT, Better.LOWER));
    }
    for (String stat : LATENCY_STATS) {
      metrics.add(new Metric("latency.scheduling." + stat, "latency " + stat, Unit.SECONDS, Better.LOWER));
    }
    if (summary.path("latency").has("allPods")) {
      for (String stat : List.of("p90", "p99", "max")) {
        metrics.add(new Metric("latency.allPods." + stat, "latency " + stat + " (all pods)", Unit.SECONDS,
            Better.LOWER));
      }
    }
    Iterator<String> limits = summary.path("latency").path("startedWithin").fieldNames();
    while (limits.hasNext()) {
      String limit = limits.next();
      metrics.add(new Metric("latency.startedWithin." + limit, "started within " + limit, Unit.FRACTION,
          Better.HIGHER));
    }
    metrics.add(new Metric("simulation.events", "events", Unit.COUNT, Better.NEITHER));
    return metrics;
  }

  /** The figures of a {@code podsim bench} workload. */
  private static List<Metric> bench() {
    return List.of(
        new Metric("nodes", "nodes", Unit.COUNT, Better.NEITHER),
        new Metric("pods", "pods", Unit.COUNT, Better.NEITHER),
        new Metric("podsPerSecond", "pods/s", Unit.COUNT, Better.HIGHER),
        new Metric("eventsPerSecond", "events/s", Unit.COUNT, Better.HIGHER),
        new Metric("peakHeapBytes", "peak heap", Unit.BYTES, Better.LOWER),
        new Metric("ratio", "× kube-scheduler threshold", Unit.RATIO, Better.HIGHER));
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
      case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v);
      case SECONDS -> String.format(Locale.ROOT, "%.3fs", v);
      case BYTES -> String.format(Locale.ROOT, "%,.0f MiB", v / (1 << 20));
      case RATIO -> String.format(Locale.ROOT, "%,.1f×", v);
    };
  }
}
