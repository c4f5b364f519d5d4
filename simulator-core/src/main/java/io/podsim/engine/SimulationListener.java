package io.podsim.engine;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;

/**
 * Observes a run without reaching into the engine. Callbacks come in event order; cluster state
 * passed to {@link #onStart} reflects every change already made when a callback runs.
 */
public interface SimulationListener {
  /** Before the first event, with the cluster holding its initial nodes. */
  default void onStart(ClusterState cluster) {}

  /** The clock is about to move to {@code now}; nothing at {@code now} has happened yet. */
  default void onTimeAdvance(long now) {}

  default void onPodArrived(long now, Pod pod) {}

  /** The pod was bound to {@code pod.node()}; its requests now count against that node. */
  default void onPodBound(long now, Pod pod) {}

  default void onPodStarted(long now, Pod pod) {}

  /** The pod stopped (completed or evicted); its requests were freed. */
  default void onPodEnded(long now, Pod pod) {}

  default void onSchedulingFailed(long now, Pod pod) {}

  /** Called exactly once per pod of the workload, with the state it ends the run in. */
  default void onPodFinal(Pod pod, PodOutcome outcome) {}

  /** After the last event; {@code end} closes the measured window. */
  default void onFinish(long end) {}
}
