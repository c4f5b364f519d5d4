package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.metrics.GpuMeasure;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.model.InputError;
import io.podsim.scheduler.PluginStatistics;
import io.podsim.reports.Metric.AcrossSeeds;
import io.podsim.reports.Metric.Better;
import io.podsim.reports.Metric.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every metric of {@code summary.json} and {@code bench.json}, declared once: fixed ones as
 * constants, families (one member per resource, reason, limit, plugin or GPU measure) as methods.
 * The summary writer, tables, compare rules, charts and seed statistics all read these; no other
 * class spells a metric's key.
 */
public final class Metrics {
  /** The sections whose members the run decides: each is in a summary, empty or not. */
  public static final List<String> UTILIZATION = List.of("utilization");
  public static final List<String> STARTED_WITHIN = List.of("latency", "startedWithin");
  public static final List<String> SKIPPED_ROWS = List.of("skippedRows");
  public static final List<String> UNSCHEDULABLE_REASONS = List.of("unschedulableReasons");
  public static final List<String> PLUGINS = List.of("plugins");
  private static final List<String> GPU = List.of("gpu");
  private static final List<String> DATA_LOCALITY = List.of("dataLocality");
  private static final List<String> LATENCY_OF_BOUND_PODS = List.of("latency", "scheduling");
  private static final List<String> LATENCY_OF_ALL_PODS = List.of("latency", "allPods");
  private static final List<String> LATENCY_STATS = List.of("count", "mean", "p50", "p90", "p99", "max");
  private static final List<String> UTILIZATION_STATS = List.of("mean", "peak");

  public static final Metric PODS_TOTAL = pods("total", "pods", Better.NEITHER);
  public static final Metric PODS_SCHEDULED = pods("scheduled", "scheduled", Better.HIGHER);
  public static final Metric PODS_SUCCEEDED = pods("succeeded", "succeeded", Better.HIGHER);
  public static final Metric PODS_RUNNING_AT_END = pods("runningAtEnd", "running at end", Better.NEITHER);
  public static final Metric PODS_PENDING_AT_END = pods("pendingAtEnd", "pending at end", Better.LOWER);
  public static final Metric PODS_UNSCHEDULABLE = pods("unschedulable", "unschedulable", Better.LOWER);
  public static final Metric PODS_PREEMPTED = pods("preempted", "preempted", Better.LOWER);
  public static final Metric PODS_FAILED =
      new Metric(List.of("pods", "failed"), "failed", Unit.COUNT, Better.LOWER, AcrossSeeds.MEAN);
  public static final Metric PODS_NOT_ARRIVED = pods("notArrived", "not arrived by the horizon", Better.NEITHER);
  public static final Metric PODS_REPLACEMENTS = pods("replacements", "replacements of evicted pods", Better.LOWER);
  public static final Metric PODS_PREEMPTED_WITHOUT_OWNER =
      pods("preemptedWithoutOwner", "preempted, not recreated", Better.LOWER);

  /** Scheduling latency of bound pods, in summary order: count, mean, p50, p90, p99, max. */
  public static final List<Metric> LATENCY_SCHEDULING = latency(LATENCY_OF_BOUND_PODS, "");
  /** Scheduling latency over every arrived pod, those never bound censored at the end. */
  public static final List<Metric> LATENCY_ALL_PODS = latency(LATENCY_OF_ALL_PODS, " (all pods)");

  public static final Metric EVENTS =
      headline(List.of("simulation", "events"), "events", Unit.COUNT, Better.NEITHER);
  public static final Metric SIMULATED_SECONDS =
      new Metric(List.of("simulation", "simulatedSeconds"), "simulated", Unit.SECONDS, Better.NEITHER, AcrossSeeds.MEAN);
  public static final Metric WALL_SECONDS =
      new Metric(List.of("simulation", "wallSeconds"), "wall", Unit.SECONDS, Better.NEITHER, AcrossSeeds.MEAN);
  public static final Metric EVENTS_PER_SECOND = new Metric(List.of("simulation", "eventsPerSecond"), "events/s",
      Unit.COUNT, Better.NEITHER, AcrossSeeds.MEAN);

  /** The figures of one {@code podsim bench} workload, named as {@code bench.json} names them. */
  public static final List<Metric> BENCH = List.of(
      headline(List.of("nodes"), "nodes", Unit.COUNT, Better.NEITHER),
      headline(List.of("pods"), "pods", Unit.COUNT, Better.NEITHER),
      headline(List.of("podsPerSecond"), "pods/s", Unit.COUNT, Better.HIGHER),
      headline(List.of("eventsPerSecond"), "events/s", Unit.COUNT, Better.HIGHER),
      headline(List.of("peakHeapBytes"), "peak heap", Unit.BYTES, Better.LOWER),
      headline(List.of("ratio"), "× kube-scheduler threshold", Unit.RATIO, Better.HIGHER));

  /** A plugin's counters, in summary order, each read from the run's typed statistics. */
  public enum PluginCounter {
    FILTER_REJECTIONS("filterRejections", PluginStatistics::filterRejections),
    POST_FILTER_SUCCESSES("postFilterSuccesses", PluginStatistics::postFilterSuccesses),
    SCORED_CYCLES("scoredCycles", PluginStatistics::scoredCycles),
    MEAN_SCORE_OF_CHOSEN("meanScoreOfChosen", PluginStatistics::meanScoreOfChosen),
    WINNER_CHANGES("winnerChanges", PluginStatistics::winnerChanges);

    private final String key;
    private final Function<PluginStatistics, Number> reader;

    PluginCounter(String key, Function<PluginStatistics, Number> reader) {
      this.key = key;
      this.reader = reader;
    }

    /** The counter's value for one plugin: a whole count, or a mean. */
    public Number of(PluginStatistics statistics) {
      return reader.apply(statistics);
    }
  }

  /** The families, as a compare rule may name their members. */
  private static final List<String> FAMILIES = familyPatterns();

  private Metrics() {}

  /** Mean utilization of a resource over the run ({@code nodes}: the share of nodes in use). */
  public static Metric utilizationMean(String resource) {
    return utilization(resource, UTILIZATION_STATS.get(0));
  }

  /** Peak utilization of a resource. */
  public static Metric utilizationPeak(String resource) {
    return utilization(resource, UTILIZATION_STATS.get(1));
  }

  private static Metric utilization(String resource, String stat) {
    boolean nodes = resource.equals(MetricsRecorder.NODES_IN_USE);
    String label = (nodes ? "nodes in use" : resource + " utilization") + " " + stat;
    return headline(member(UTILIZATION, resource, stat), label, Unit.FRACTION, nodes ? Better.LOWER : Better.HIGHER);
  }

  /** A GPU measure's mean over the run or its value at the end. */
  public static Metric gpu(GpuMeasure measure, String stat) {
    Better better = switch (measure) {
      case ALLOCATED_PCT -> Better.HIGHER;
      case GPUS_IN_USE -> Better.NEITHER;
      default -> Better.LOWER;
    };
    String label = measure.label() + (stat.equals(GpuMeasure.END) ? " at end" : " " + stat);
    Unit unit = measure == GpuMeasure.GPUS_IN_USE ? Unit.COUNT : Unit.PERCENT;
    return headline(member(GPU, measure.key(), stat), label, unit, better);
  }

  /** The share of arrived pods running within a limit such as {@code 5s}. */
  public static Metric startedWithin(String limit) {
    return headline(member(STARTED_WITHIN, limit), "started within " + limit, Unit.FRACTION, Better.HIGHER);
  }

  /** Input rows that became no pod, for one reason. */
  public static Metric skippedRows(String reason) {
    return new Metric(member(SKIPPED_ROWS, reason), "rows skipped: " + reason, Unit.COUNT, Better.LOWER,
        AcrossSeeds.MEAN);
  }

  /** Pods left unschedulable whose last failure had this reason. */
  public static Metric unschedulableReason(String reason) {
    return new Metric(member(UNSCHEDULABLE_REASONS, reason), "unschedulable: " + reason, Unit.COUNT, Better.LOWER,
        AcrossSeeds.MEAN);
  }

  /** The share of data-reading pods whose farthest data set was at this level. */
  public static Metric dataLocality(String level) {
    return new Metric(member(DATA_LOCALITY, level), "data at " + level, Unit.FRACTION, Better.NEITHER,
        AcrossSeeds.MEAN);
  }

  /** One of a plugin's counters. */
  public static Metric plugin(String plugin, PluginCounter counter) {
    return new Metric(member(PLUGINS, plugin, counter.key), plugin + " " + counter.key, Unit.COUNT, Better.NEITHER,
        AcrossSeeds.MEAN);
  }

  /** The metrics tables show, in order, for the resources and measures a summary (or bench result) reports. */
  public static List<Metric> headline(JsonNode summary) {
    if (summary.has(SummaryFields.WORKLOAD)) {
      return BENCH;
    }
    List<Metric> metrics = new ArrayList<>(List.of(PODS_TOTAL, PODS_SCHEDULED, PODS_SUCCEEDED, PODS_RUNNING_AT_END,
        PODS_PENDING_AT_END, PODS_UNSCHEDULABLE, PODS_PREEMPTED, PODS_NOT_ARRIVED, PODS_REPLACEMENTS,
        PODS_PREEMPTED_WITHOUT_OWNER));
    for (String resource : keys(summary, UTILIZATION)) {
      UTILIZATION_STATS.forEach(stat -> metrics.add(utilization(resource, stat)));
    }
    if (summary.has(GPU.get(0))) {
      for (GpuMeasure measure : List.of(GpuMeasure.UNALLOCATED_PCT, GpuMeasure.FRAGMENT_PCT)) {
        metrics.add(gpu(measure, GpuMeasure.MEAN));
        metrics.add(gpu(measure, GpuMeasure.END));
      }
    }
    metrics.addAll(LATENCY_SCHEDULING.subList(1, LATENCY_SCHEDULING.size()));
    if (!node(summary, LATENCY_OF_ALL_PODS).isMissingNode()) {
      metrics.addAll(LATENCY_ALL_PODS.subList(3, LATENCY_ALL_PODS.size()));
    }
    keys(summary, STARTED_WITHIN).forEach(limit -> metrics.add(startedWithin(limit)));
    metrics.add(EVENTS);
    return metrics;
  }

  /** The headline metrics whose spread across seeds {@code statistics} reports. */
  public static List<Metric> withIntervals(JsonNode summary) {
    return headline(summary).stream().filter(m -> m.acrossSeeds() == AcrossSeeds.MEAN_WITH_INTERVAL).toList();
  }

  /** The names of the members of a section of the summary (resources, reasons, limits), in order. */
  public static List<String> keys(JsonNode summary, List<String> section) {
    List<String> names = new ArrayList<>();
    node(summary, section).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode node(JsonNode summary, List<String> keys) {
    JsonNode node = summary;
    for (String key : keys) {
      node = node.path(key);
    }
    return node;
  }

  /**
   * Fails unless the path names a declared metric (fixed, or a member of a family such as
   * {@code utilization.<resource>.mean}), listing every valid name.
   */
  public static void requireDeclared(String path, String where) {
    boolean fixed = fixed().stream().anyMatch(m -> m.path().equals(path));
    boolean member = FAMILIES.stream().anyMatch(f -> familyRegex(f).matcher(path).matches());
    if (!fixed && !member) {
      throw new InputError(where + ": no metric '" + path + "'; metrics: " + fixed().stream().map(Metric::path)
          .collect(Collectors.joining(", ")) + ", " + String.join(", ", FAMILIES));
    }
  }

  /** Every metric with a fixed path: pod counts, latency, the engine's figures, bench figures. */
  static List<Metric> fixed() {
    List<Metric> all = new ArrayList<>(List.of(PODS_TOTAL, PODS_SCHEDULED, PODS_SUCCEEDED, PODS_RUNNING_AT_END,
        PODS_PENDING_AT_END, PODS_UNSCHEDULABLE, PODS_PREEMPTED, PODS_FAILED, PODS_NOT_ARRIVED, PODS_REPLACEMENTS,
        PODS_PREEMPTED_WITHOUT_OWNER));
    all.addAll(LATENCY_SCHEDULING);
    all.addAll(LATENCY_ALL_PODS);
    all.addAll(List.of(EVENTS, SIMULATED_SECONDS, WALL_SECONDS, EVENTS_PER_SECOND));
    all.addAll(BENCH);
    return all;
  }

  private static List<String> familyPatterns() {
    String measures = "<" + Arrays.stream(GpuMeasure.values()).map(GpuMeasure::key).collect(Collectors.joining("|"))
        + ">";
    List<String> patterns = new ArrayList<>();
    UTILIZATION_STATS.forEach(stat -> patterns.add(utilization("<resource>", stat).path()));
    patterns.add(String.join(".", member(GPU, measures, "<" + GpuMeasure.MEAN + "|" + GpuMeasure.END + ">")));
    patterns.add(startedWithin("<limit>").path());
    patterns.add(skippedRows("<reason>").path());
    patterns.add(unschedulableReason("<reason>").path());
    patterns.add(dataLocality("<level>").path());
    patterns.add(String.join(".", member(PLUGINS, "<plugin>", "<" + Arrays.stream(PluginCounter.values())
        .map(c -> c.key).collect(Collectors.joining("|")) + ">")));
    return List.copyOf(patterns);
  }

  /** A family pattern as a regular expression: {@code <name>} any text, {@code <a|b>} one of the choices. */
  private static Pattern familyRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("(?=<)|(?<=>)")) {
      if (part.startsWith("<") && part.contains("|")) {
        regex.append("(?:").append(part.substring(1, part.length() - 1)).append(')');
      } else if (part.startsWith("<")) {
        regex.append(".+");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static Metric pods(String key, String label, Better better) {
    return headline(List.of("pods", key), label, Unit.COUNT, better);
  }

  private static List<String> member(List<String> section, String... keys) {
    List<String> all = new ArrayList<>(section);
    all.addAll(List.of(keys));
    return all;
  }

  private static Metric headline(List<String> keys, String label, Unit unit, Better better) {
    return new Metric(keys, label, unit, better, AcrossSeeds.MEAN_WITH_INTERVAL);
  }

  private static List<Metric> latency(List<String> section, String suffix) {
    List<Metric> metrics = new ArrayList<>();
    for (String stat : LATENCY_STATS) {
      boolean count = stat.equals("count");
      metrics.add(new Metric(member(section, stat), "latency " + stat + suffix,
          count ? Unit.COUNT : Unit.SECONDS, count ? Better.NEITHER : Better.LOWER,
          count ? AcrossSeeds.MEAN : AcrossSeeds.MEAN_WITH_INTERVAL));
    }
    return List.copyOf(metrics);
  }
}
