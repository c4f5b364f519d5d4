package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/** A pending pod as the scheduling queue holds it: when it was (re)queued and where it sits. */
public final class QueuedPodInfo {
  /** Which of the queue's three parts holds the pod. */
  enum Place {
    ACTIVE,
    BACKOFF,
    UNSCHEDULABLE,
    IN_CYCLE
  }

  private final Pod pod;
  /** The pod's priority, kept beside the queue's other sort keys: the queue compares it most. */
  private final int priority;
  private long timestamp;
  private long lastFailureTime = -1;
  private Place place;
  private long cycle;

  QueuedPodInfo(Pod pod, long timestamp) {
    this.pod = pod;
    this.priority = pod.spec().priority();
    this.timestamp = timestamp;
  }

  public Pod pod() {
    return pod;
  }

  public int priority() {
    return priority;
  }

  /** When the pod entered the queue: its arrival, then the time of its last failed cycle. */
  public long timestamp() {
    return timestamp;
  }

  long lastFailureTime() {
    return lastFailureTime;
  }

  Place place() {
    return place;
  }

  void place(Place place) {
    this.place = place;
  }

  /** The scheduling cycle that last popped this pod. */
  long cycle() {
    return cycle;
  }

  void cycle(long cycle) {
    this.cycle = cycle;
  }

  void failedAt(long time) {
    this.lastFailureTime = time;
    this.timestamp = time;
  }
}
