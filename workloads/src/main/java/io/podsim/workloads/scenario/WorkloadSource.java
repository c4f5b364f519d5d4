package io.podsim.workloads.scenario;

import io.podsim.model.PodStream;

/** Opens a fresh stream of the scenario's pods for one run; every run reads the workload anew. */
@FunctionalInterface
public interface WorkloadSource {
  /** The pods in arrival order; generators without a seed of their own draw from {@code runSeed}. */
  PodStream open(long runSeed);
}
