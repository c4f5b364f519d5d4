package io.podsim.cluster;

/** Where a pod is in its life: PENDING → BOUND → RUNNING → SUCCEEDED, or ended otherwise. */
public enum PodPhase {
  PENDING,
  BOUND,
  RUNNING,
  SUCCEEDED,
  PREEMPTED,
  EVICTED,
  FAILED
}
