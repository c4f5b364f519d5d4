package io.podsim.reports.charts;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.SimulationListener;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import io.podsim.model.SimTime;
import java.util.Arrays;

/**
 * Listens to a run for the latency chart: the scheduling latency (bind − arrival, seconds) of every
 * pod that was bound, sorted. Attached only to the runs the report draws.
 */
public final class LatencySamples implements SimulationListener, RunSink {
  private double[] latencies = new double[1024];
  private int count;

  @Override
  public void onPodFinal(Pod pod, PodOutcome outcome) {
    if (outcome == PodOutcome.NOT_ARRIVED || pod.bindTime() < 0) {
      return;
    }
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = SimTime.seconds(pod.bindTime()) - SimTime.seconds(pod.spec().arrival());
  }

  /** Every sample is taken as pods end. */
  @Override
  public void write(RunResult result) {}

  /** The latencies, sorted. */
  public double[] sorted() {
    double[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return sorted;
  }
}
