package io.podsim.metrics;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.RunStats;
import io.podsim.engine.SimulationListener;
import io.podsim.model.DataLocalityLevel;
import io.podsim.model.ResourceSchema;
import io.podsim.model.SimTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Listens to a run and measures it: time-weighted utilization per resource (∫requested / ∫allocatable
 * over the window from 0 to the end), peaks, scheduling latency percentiles, final pod states, and
 * a time series sampled every {@code sampleInterval}.
 */
public final class MetricsRecorder implements SimulationListener {
  /** Key of the share of nodes with at least one pod, beside the resource names. */
  public static final String NODES_IN_USE = "nodes";
  /** Columns of the sampled series (timeseries.csv) beside {@link TimeSeries#TIME}. */
  public static final String PENDING = "pending";
  public static final String RUNNING = "running";
  public static final String NODES_IN_USE_COLUMN = "nodes_in_use";
  /** Prefix of the per-resource utilization columns ({@code util_cpu}). */
  public static final String UTILIZATION_PREFIX = "util_";
  /** Kubernetes' pod startup SLO: pods start within 5 s (at the 99th percentile, in its scalability tests). */
  public static final List<Long> DEFAULT_STARTED_WITHIN = List.of(5 * SimTime.SECOND);

  private final long sampleInterval;
  private ClusterState cluster;
  private int[] reported;
  private double[] requestedIntegral;
  private double[] allocatableIntegral;
  private double[] peak;
  private long lastTime;
  private long nextSample;
  private long pending;
  private long running;
  private long scheduled;
  private long replacements;
  private long preemptedWithoutOwner;
  private final long[] outcomes = new long[PodOutcome.values().length];
  private final PodLatencies latencies;
  private final Map<String, Long> unschedulableReasons = new TreeMap<>();
  private final long[] dataLocality = new long[DataLocalityLevel.values().length];
  private long end;
  private TimeSeries series;
  private NodeSeries nodeSeries;

  public MetricsRecorder(long sampleInterval) {
    this(sampleInterval, DEFAULT_STARTED_WITHIN);
  }

  /** {@code startedWithin}: the limits (microseconds) of the started-within shares it reports. */
  public MetricsRecorder(long sampleInterval, List<Long> startedWithin) {
    if (sampleInterval <= 0) {
      throw new IllegalArgumentException("sampleInterval must be > 0");
    }
    this.sampleInterval = sampleInterval;
    this.latencies = new PodLatencies(startedWithin);
  }

  @Override
  public void onStart(ClusterState cluster) {
    this.cluster = cluster;
    reported = IntStream.range(0, cluster.schema().size())
        .filter(r -> cluster.totalAllocatable(r) > 0).toArray();
    requestedIntegral = new double[reported.length + 1];
    allocatableIntegral = new double[reported.length + 1];
    peak = new double[reported.length + 1];
    List<String> columns = new ArrayList<>(List.of(TimeSeries.TIME, PENDING, RUNNING));
    for (int r : reported) {
      columns.add(UTILIZATION_PREFIX + cluster.schema().name(r));
    }
    columns.add(NODES_IN_USE_COLUMN);
    series = new TimeSeries(columns);
    if (cluster.nodeCount() <= NodeSeries.MAX_NODES) {
      nodeSeries = new NodeSeries(IntStream.range(0, cluster.nodeCount()).mapToObj(n -> cluster.node(n).name()).toList());
    }
  }

  @Override
  public void onTimeAdvance(long now) {
    sampleBefore(now);
    double span = now - lastTime;
    for (int i = 0; i < reported.length; i++) {
      requestedIntegral[i] += span * cluster.totalRequested(reported[i]);
      allocatableIntegral[i] += span * cluster.totalAllocatable(reported[i]);
    }
    requestedIntegral[reported.length] += span * cluster.nodesInUse();
    allocatableIntegral[reported.length] += span * cluster.nodeCount();
    lastTime = now;
  }

  @Override
  public void onPodArrived(long now, Pod pod) {
    pending++;
    if (pod.isReplacement()) {
      replacements++;
    }
  }

  @Override
  public void onPodBound(long now, Pod pod) {
    pending--;
    running++;
    scheduled++;
    latencies.bound(now, pod);
    List<String> datasets = pod.spec().placement().datasets();
    if (!datasets.isEmpty()) {
      dataLocality[DataLocalityLevel.worst(cluster.node(pod.node()), datasets).ordinal()]++;
    }
    for (int i = 0; i < reported.length; i++) {
      peak[i] = Math.max(peak[i], fraction(cluster.totalRequested(reported[i]), cluster.totalAllocatable(reported[i])));
    }
    peak[reported.length] = Math.max(peak[reported.length], fraction(cluster.nodesInUse(), cluster.nodeCount()));
  }

  @Override
  public void onPodStarted(long now, Pod pod) {
    latencies.started(now, pod);
  }

  @Override
  public void onPodEnded(long now, Pod pod) {
    running--;
  }

  @Override
  public void onPodFinal(Pod pod, PodOutcome outcome) {
    outcomes[outcome.ordinal()]++;
    latencies.ended(pod, outcome);
    if (outcome == PodOutcome.PREEMPTED && pod.spec().owner() == null) {
      preemptedWithoutOwner++;
    }
    if (outcome == PodOutcome.UNSCHEDULABLE) {
      unschedulableReasons.merge(pod.failureReason(), 1L, Long::sum);
    }
  }

  @Override
  public void onFinish(long end) {
    sampleBefore(end + 1);
    this.end = end;
  }

  /** Builds the result once the run has finished. */
  public RunResult result(String scenario, String profile, long seed, RunStats stats) {
    long total = Arrays.stream(outcomes).sum();
    PodCounts pods = new PodCounts(total, scheduled, count(PodOutcome.SUCCEEDED), count(PodOutcome.RUNNING_AT_END),
        count(PodOutcome.PENDING_AT_END), count(PodOutcome.UNSCHEDULABLE), count(PodOutcome.PREEMPTED),
        count(PodOutcome.FAILED), count(PodOutcome.NOT_ARRIVED), replacements, preemptedWithoutOwner);
    Map<String, Utilization> utilization = new LinkedHashMap<>();
    for (int i = 0; i <= reported.length; i++) {
      String key = i < reported.length ? cluster.schema().name(reported[i]) : NODES_IN_USE;
      utilization.put(key, new Utilization(fraction(requestedIntegral[i], allocatableIntegral[i]), peak[i]));
    }
    double wallSeconds = stats.wallNanos() / 1e9;
    EngineSummary engine = new EngineSummary(stats.events(), SimTime.seconds(stats.end()), wallSeconds,
        wallSeconds > 0 ? stats.events() / wallSeconds : 0);
    return new RunResult(scenario, profile, seed, pods, utilization, latencies.ofBound(),
        latencies.ofAllPods(end), latencies.startedWithin(),
        new TreeMap<>(unschedulableReasons), dataLocalityShares(), engine, stats.plugins(), series, nodeSeries,
        stats.skippedRows(), Map.of(), null);
  }

  /** Share of bound data-reading pods whose farthest data set was at each level; empty if none read data. */
  private Map<String, Double> dataLocalityShares() {
    long total = Arrays.stream(dataLocality).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    if (total > 0) {
      for (DataLocalityLevel level : DataLocalityLevel.values()) {
        shares.put(level.labelValue(), dataLocality[level.ordinal()] / (double) total);
      }
    }
    return shares;
  }

  private long count(PodOutcome outcome) {
    return outcomes[outcome.ordinal()];
  }

  /** Emits every sample due strictly before {@code time}, with the state as it stands now. */
  private void sampleBefore(long time) {
    while (nextSample < time) {
      double[] row = new double[series.columns().size()];
      row[0] = SimTime.seconds(nextSample);
      row[1] = pending;
      row[2] = running;
      for (int i = 0; i < reported.length; i++) {
        row[3 + i] = fraction(cluster.totalRequested(reported[i]), cluster.totalAllocatable(reported[i]));
      }
      row[row.length - 1] = cluster.nodesInUse();
      series.add(row);
      if (nodeSeries != null) {
        nodeSeries.add(row[0], nodeFullness());
      }
      nextSample += sampleInterval;
    }
  }

  private double[] nodeFullness() {
    double[] fullness = new double[cluster.nodeCount()];
    for (int n = 0; n < fullness.length; n++) {
      fullness[n] = Math.max(
          fraction(cluster.requested(ResourceSchema.CPU_INDEX, n), cluster.allocatable(ResourceSchema.CPU_INDEX, n)),
          fraction(cluster.requested(ResourceSchema.MEMORY_INDEX, n), cluster.allocatable(ResourceSchema.MEMORY_INDEX, n)));
    }
    return fullness;
  }

  private static double fraction(double part, double whole) {
    return whole > 0 ? part / whole : 0;
  }
}
