package io.podsim.scheduler;

import io.podsim.cluster.Pod;
import java.util.random.RandomGenerator;

/** What a PostFilter plugin may ask of the framework and do to the running simulation. */
public interface PostFilterContext {
  /** The simulated time of the cycle, in microseconds. */
  long now();

  /** Evicts a bound or running pod, freeing its resources now. */
  void evict(Pod victim, String reason);

  /**
   * True when the pod would pass PreFilter and every Filter on the node as the cluster stands now
   * (callers may {@code detach} pods first to ask "what if they were gone").
   */
  boolean fits(Pod pod, int node);

  /** The first rejection PreFilter or a Filter gives the pod on the node as the cluster stands now; success if none. */
  Status check(Pod pod, int node);

  /** The run's seeded random source, for choices such as where to start a search. */
  RandomGenerator random();
}
