package io.podsim.scheduler;

/**
 * Orders the active queue. Called by the scheduling queue whenever it compares two pending pods;
 * must be a consistent total order apart from ties, which the queue breaks by arrival sequence.
 */
public interface QueueSortPlugin extends Plugin {
  /** Negative when {@code a} should be scheduled before {@code b}. */
  int compare(QueuedPodInfo a, QueuedPodInfo b);
}
