package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * kube-scheduler's Reserve extension point: once Score has chosen the node, Reserve plugins reserve
 * what the pod needs there before it binds. podsim models one reservation, the GPU devices a GPU
 * pod gets: the first Reserve plugin of the profile that answers picks them, and without one the
 * pod gets {@link GpuDevices#bestFit}.
 */
public interface ReservePlugin extends Plugin {
  /**
   * One GPU index per GPU the pod asks for on the node (known to fit the pod), or null to leave
   * the choice to the next Reserve plugin.
   */
  int[] reserveGpus(CycleState state, Pod pod, ClusterState cluster, int node);
}
