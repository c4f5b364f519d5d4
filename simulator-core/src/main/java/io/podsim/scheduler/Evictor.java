package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/** The engine's side of a PostFilter: the current time and the power to evict pods. */
public interface Evictor {
  long now();

  void evict(Pod victim, String reason);
}
