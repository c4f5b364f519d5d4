package io.podsim.reports;

import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A headline metric, declared once so every reporter (table, comparison, later the CI gate) stays
 * generic: its path in {@code summary.json}, a label, how to read it, and whether higher is better.
 */
public record Metric(String path, String label, ToDoubleFunction<RunResult> value, Unit unit, boolean higherIsBetter) {
  /** How a value is shown. */
  public enum Unit {
    COUNT,
    FRACTION,
    SECONDS
  }

  /** The metrics the comparison table shows, in order, for the resources the runs report. */
  public static List<Metric> headline(RunResult sample) {
    List<Metric> metrics = new ArrayList<>(List.of(
        new Metric("pods.total", "pods", r -> r.pods().total(), Unit.COUNT, true),
        new Metric("pods.scheduled", "scheduled", r -> r.pods().scheduled(), Unit.COUNT, true),
        new Metric("pods.succeeded", "succeeded", r -> r.pods().succeeded(), Unit.COUNT, true),
        new Metric("pods.runningAtEnd", "running at end", r -> r.pods().runningAtEnd(), Unit.COUNT, true),
        new Metric("pods.pendingAtEnd", "pending at end", r -> r.pods().pendingAtEnd(), Unit.COUNT, false),
        new Metric("pods.unschedulable", "unschedulable", r -> r.pods().unschedulable(), Unit.COUNT, false),
        new Metric("pods.preempted", "preempted", r -> r.pods().preempted(), Unit.COUNT, false),
        new Metric("pods.notArrived", "not arrived by the horizon", r -> r.pods().notArrived(), Unit.COUNT, false),
        new Metric("pods.replacements", "replacements of evicted pods", r -> r.pods().replacements(), Unit.COUNT,
            false)));
    for (String resource : sample.utilization().keySet()) {
      boolean nodes = resource.equals(MetricsRecorder.NODES_IN_USE);
      String label = nodes ? "nodes in use" : resource + " utilization";
      metrics.add(new Metric("utilization." + resource + ".mean", label + " mean",
          r -> r.utilization().get(resource).mean(), Unit.FRACTION, !nodes));
      metrics.add(new Metric("utilization." + resource + ".peak", label + " peak",
          r -> r.utilization().get(resource).peak(), Unit.FRACTION, !nodes));
    }
    metrics.addAll(List.of(
        new Metric("latency.scheduling.mean", "latency mean", r -> r.latency().mean(), Unit.SECONDS, false),
        new Metric("latency.scheduling.p50", "latency p50", r -> r.latency().p50(), Unit.SECONDS, false),
        new Metric("latency.scheduling.p90", "latency p90", r -> r.latency().p90(), Unit.SECONDS, false),
        new Metric("latency.scheduling.p99", "latency p99", r -> r.latency().p99(), Unit.SECONDS, false),
        new Metric("latency.scheduling.max", "latency max", r -> r.latency().max(), Unit.SECONDS, false),
        new Metric("simulation.events", "events", r -> r.simulation().events(), Unit.COUNT, false)));
    return metrics;
  }

  /** The value as the table shows it. */
  public String format(RunResult result) {
    double v = value.applyAsDouble(result);
    return switch (unit) {
      case COUNT -> String.format(Locale.ROOT, "%,d", (long) v);
      case FRACTION -> String.format(Locale.ROOT, "%.1f%%", v * 100);
      case SECONDS -> String.format(Locale.ROOT, "%.3fs", v);
    };
  }
}
