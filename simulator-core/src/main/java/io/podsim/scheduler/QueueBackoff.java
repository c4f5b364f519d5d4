package io.podsim.scheduler;

import io.podsim.model.SimTime;

/**
 * How long a pod whose cycle failed waits before its next attempt: kube-scheduler's
 * podInitialBackoffSeconds and podMaxBackoffSeconds, in microseconds.
 */
public record QueueBackoff(long initial, long max) {
  /** kube-scheduler's defaults (SetDefaults_KubeSchedulerConfiguration): 1 s initial, 10 s at most. */
  public static final QueueBackoff DEFAULT = new QueueBackoff(SimTime.SECOND, 10 * SimTime.SECOND);

  public QueueBackoff {
    if (initial <= 0 || max < initial) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max, found " + initial + " and " + max);
    }
  }

  /**
   * The backoff after {@code attempts} failed cycles, as kube-scheduler's calculateBackoffDuration:
   * none before a first attempt, then the initial backoff doubling per attempt, capped at the maximum.
   */
  public long duration(int attempts) {
    if (attempts == 0) {
      return 0;
    }
    long duration = initial;
    for (int i = 1; i < attempts; i++) {
      if (duration > max - duration) {
        return max;
      }
      duration += duration;
    }
    return duration;
  }
}
