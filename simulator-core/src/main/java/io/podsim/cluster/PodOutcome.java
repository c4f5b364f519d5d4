package io.podsim.cluster;

/** The one final state each pod of a workload is counted in when a run ends. */
public enum PodOutcome {
  SUCCEEDED("succeeded"),
  RUNNING_AT_END("runningAtEnd"),
  PENDING_AT_END("pendingAtEnd"),
  UNSCHEDULABLE("unschedulable"),
  PREEMPTED("preempted"),
  FAILED("failed"),
  NOT_ARRIVED("notArrived");

  private final String key;

  PodOutcome(String key) {
    this.key = key;
  }

  /** The name used in outputs ({@code summary.json}, {@code pods.csv}). */
  public String key() {
    return key;
  }
}
