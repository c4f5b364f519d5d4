package io.podsim.scheduler;

/** The outcome of one scheduling cycle: a node index and the GPUs given on it, or -1 with the diagnosis. */
public record CycleResult(int node, int[] gpuDevices, Diagnosis diagnosis) {
  private static final int[] NO_GPUS = new int[0];

  public static CycleResult placed(int node) {
    return new CycleResult(node, NO_GPUS, null);
  }

  public static CycleResult placed(int node, int[] gpuDevices) {
    return new CycleResult(node, gpuDevices, null);
  }

  public static CycleResult unschedulable(Diagnosis diagnosis) {
    return new CycleResult(-1, NO_GPUS, diagnosis);
  }

  public boolean isPlaced() {
    return node >= 0;
  }
}
