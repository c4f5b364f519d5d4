package io.podsim.scheduler;

/** The outcome of one scheduling cycle: a node index, or -1 with the diagnosis. */
public record CycleResult(int node, Diagnosis diagnosis) {
  public static CycleResult placed(int node) {
    return new CycleResult(node, null);
  }

  public static CycleResult unschedulable(Diagnosis diagnosis) {
    return new CycleResult(-1, diagnosis);
  }

  public boolean isPlaced() {
    return node >= 0;
  }
}
