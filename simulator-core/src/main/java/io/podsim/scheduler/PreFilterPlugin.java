package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Runs once per scheduling cycle before any Filter: the place to compute per-pod data once and
 * store it in the {@link CycleState} under the plugin's key. A rejection fails the whole cycle;
 * {@link Status#skip} skips this plugin's Filter for the cycle.
 */
public interface PreFilterPlugin extends Plugin {
  Status preFilter(CycleState state, Pod pod, ClusterState cluster);
}
