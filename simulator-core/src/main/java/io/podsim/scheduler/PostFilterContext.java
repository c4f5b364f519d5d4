package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/** What a PostFilter plugin may do to the running simulation. */
public interface PostFilterContext {
  /** The simulated time of the cycle, in microseconds. */
  long now();

  /** Evicts a bound or running pod, freeing its resources now. */
  void evict(Pod victim, String reason);
}
