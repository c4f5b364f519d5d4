package io.podsim.metrics;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.model.SimTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The latencies of a run's pods. Scheduling latency (bind − arrival) over the bound pods, as
 * before; the same over every pod that arrived, where a pod never bound is censored at the end of
 * the run (it waited at least that long), so unplaced pods cannot hide; and the share of arrived
 * pods that started running within each of the given limits, never-started pods counted as late.
 */
final class PodLatencies {
  private static final int DIGITS = 3;

  private final long[] startLimits;
  private final long[] startedWithin;
  private final Histogram bound = new Histogram(DIGITS);
  private double boundSum;
  private long boundMax;
  private long[] unboundArrivals = new long[16];
  private int unbound;
  private long arrived;

  /** {@code startLimits}: limits in microseconds, in the order they are reported. */
  PodLatencies(List<Long> startLimits) {
    this.startLimits = startLimits.stream().mapToLong(Long::longValue).toArray();
    this.startedWithin = new long[this.startLimits.length];
  }

  void bound(long now, Pod pod) {
    long wait = now - pod.spec().arrival();
    bound.recordValue(wait);
    boundSum += wait;
    boundMax = Math.max(boundMax, wait);
  }

  void started(long now, Pod pod) {
    long wait = now - pod.spec().arrival();
    for (int i = 0; i < startLimits.length; i++) {
      if (wait <= startLimits[i]) {
        startedWithin[i]++;
      }
    }
  }

  void ended(Pod pod, PodOutcome outcome) {
    if (outcome == PodOutcome.NOT_ARRIVED) {
      return;
    }
    arrived++;
    if (pod.bindTime() < 0) {
      if (unbound == unboundArrivals.length) {
        unboundArrivals = Arrays.copyOf(unboundArrivals, unbound * 2);
      }
      unboundArrivals[unbound++] = pod.spec().arrival();
    }
  }

  /** Scheduling latency of the bound pods. */
  LatencySummary ofBound() {
    return summary(bound, boundSum, boundMax);
  }

  /** Scheduling latency of every arrived pod, those never bound censored at {@code end}. */
  LatencySummary ofAllPods(long end) {
    Histogram all = bound.copy();
    double sum = boundSum;
    long max = boundMax;
    for (int i = 0; i < unbound; i++) {
      long wait = Math.max(0, end - unboundArrivals[i]);
      all.recordValue(wait);
      sum += wait;
      max = Math.max(max, wait);
    }
    return summary(all, sum, max);
  }

  /** Per limit (as {@link SimTime#format} writes it), the share of arrived pods that started within it. */
  Map<String, Double> startedWithin() {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < startLimits.length; i++) {
      shares.put(SimTime.format(startLimits[i]), arrived == 0 ? 0 : startedWithin[i] / (double) arrived);
    }
    return shares;
  }

  private static LatencySummary summary(Histogram histogram, double sum, long max) {
    long count = histogram.getTotalCount();
    if (count == 0) {
      return new LatencySummary(0, 0, 0, 0, 0, 0);
    }
    return new LatencySummary(count, sum / count / SimTime.SECOND, percentile(histogram, 50, max),
        percentile(histogram, 90, max), percentile(histogram, 99, max), SimTime.seconds(max));
  }

  /** HdrHistogram reports the top of a value's bucket; never beyond the exact maximum. */
  private static double percentile(Histogram histogram, double p, long max) {
    return SimTime.seconds(Math.min(histogram.getValueAtPercentile(p), max));
  }
}
