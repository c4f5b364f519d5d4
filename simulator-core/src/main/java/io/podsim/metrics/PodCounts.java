package io.podsim.metrics;

/**
 * How the pods of a run ended. Every pod is in exactly one of succeeded, runningAtEnd,
 * pendingAtEnd, unschedulable, preempted, failed and notArrived; these add up to total, which is
 * the workload's pods plus the {@code replacements} owners created for evicted pods.
 * {@code scheduled} counts pods bound at least once and overlaps the others;
 * {@code preemptedWithoutOwner} counts the preempted pods no owner recreated (bare pods, as most
 * trace pods are), which are gone from the rest of the run.
 */
public record PodCounts(
    long total,
    long scheduled,
    long succeeded,
    long runningAtEnd,
    long pendingAtEnd,
    long unschedulable,
    long preempted,
    long failed,
    long notArrived,
    long replacements,
    long preemptedWithoutOwner) {
  /** The sum of the final states, which must equal {@link #total}. */
  public long sumOfStates() {
    return succeeded + runningAtEnd + pendingAtEnd + unschedulable + preempted + failed + notArrived;
  }
}
