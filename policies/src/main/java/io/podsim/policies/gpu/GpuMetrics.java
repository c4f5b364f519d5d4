package io.podsim.policies.gpu;

import io.podsim.cluster.ClusterState;
import io.podsim.engine.SimulationListener;
import io.podsim.metrics.GpuMeasure;
import io.podsim.metrics.TimeSeries;
import io.podsim.model.SimTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * GPU measurements of a run on a cluster with GPUs, sampled every interval and at the end: the
 * share of GPU thousandths allocated, the fragment (idle thousandths the target workload cannot
 * use, as FGD measures it) as a share of all GPU thousandths and of the idle ones, and GPUs in use.
 */
public final class GpuMetrics implements SimulationListener {
  /** Column names of the sampled series. */
  public static final List<String> COLUMNS = Stream.concat(Stream.of(TimeSeries.TIME),
      Arrays.stream(GpuMeasure.values()).map(GpuMeasure::column)).toList();

  private final TargetWorkload workload;
  private final long interval;
  private final TimeSeries samples = new TimeSeries(COLUMNS);
  private ClusterState cluster;
  private long nextSample;

  public GpuMetrics(TargetWorkload workload, long sampleInterval) {
    this.workload = workload;
    this.interval = sampleInterval;
  }

  @Override
  public void onStart(ClusterState cluster) {
    this.cluster = cluster;
  }

  @Override
  public void onTimeAdvance(long now) {
    while (nextSample < now) {
      samples.add(sample(nextSample));
      nextSample += interval;
    }
  }

  @Override
  public void onFinish(long end) {
    onTimeAdvance(end);
    samples.add(sample(end));
  }

  private double[] sample(long time) {
    long capacity = 0;
    long idle = 0;
    double fragment = 0;
    int inUse = 0;
    for (int n = 0; n < cluster.nodeCount(); n++) {
      if (cluster.gpuCount(n) == 0) {
        continue;
      }
      GpuNode node = GpuNode.of(cluster, n);
      capacity += node.gpuCount() * 1000L;
      idle += node.gpuLeftTotal();
      fragment += Fragmentation.of(node, workload);
      inUse += node.gpuCount() - node.fullyFreeGpus();
    }
    double allocated = capacity == 0 ? 0 : 100.0 * (capacity - idle) / capacity;
    return new double[] {SimTime.seconds(time), allocated, capacity == 0 ? 0 : 100 - allocated,
        capacity == 0 ? 0 : 100 * fragment / capacity, idle == 0 ? 0 : 100 * fragment / idle, inUse};
  }

  /** The samples, one row per sample, in {@link #COLUMNS} order. */
  public TimeSeries series() {
    return samples;
  }

  /** Per measure (in {@link GpuMeasure} order, its key): its mean over the samples and its value at the end. */
  public Map<String, Map<String, Double>> summary() {
    Map<String, Map<String, Double>> summary = new LinkedHashMap<>();
    GpuMeasure[] measures = GpuMeasure.values();
    for (int c = 0; c < measures.length; c++) {
      double sum = 0;
      for (double[] row : samples.rows()) {
        sum += row[c + 1];
      }
      Map<String, Double> measure = new LinkedHashMap<>();
      List<double[]> rows = samples.rows();
      measure.put(GpuMeasure.MEAN, rows.isEmpty() ? 0 : sum / rows.size());
      measure.put(GpuMeasure.END, rows.isEmpty() ? 0 : rows.get(rows.size() - 1)[c + 1]);
      summary.put(measures[c].key(), measure);
    }
    return summary;
  }
}
