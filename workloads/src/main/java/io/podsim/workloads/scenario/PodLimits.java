package io.podsim.workloads.scenario;

import io.podsim.model.InputError;

/**
 * How many pods a scenario may ask for before its run starts, so that a typo of a few zeros is
 * refused with its figure instead of filling memory or running for days. Traces are streamed and
 * have no limit.
 */
public final class PodLimits {
  /** Pods held in memory before the run: inline pods and pods expanded from manifests. */
  public static final long MAX_LISTED = 10_000_000;
  /** Pods a synthetic generator may draw (streamed, but each one simulated). */
  public static final long MAX_GENERATED = 100_000_000;

  private PodLimits() {}

  /** Fails with the figure and the limit when {@code pods} exceeds {@code limit}. */
  public static void require(long pods, long limit, String path) {
    if (pods > limit) {
      throw new InputError(String.format("%s: asks for %,d pods, more than the limit of %,d", path, pods, limit));
    }
  }
}
