package io.podsim.scheduler;

import io.podsim.cluster.Pod;

/**
 * One way to find a pod's node once PreFilter has passed: a scan of the nodes running every plugin
 * ({@link PlainScan}), the same scan reusing node-local plugins' kept answers ({@link CachedScan}),
 * or the kept-answer tree that re-evaluates only changed nodes ({@link KeptAnswerTree}). Every one
 * makes the same choice, random draw and plugin statistics; {@link SearchPolicy} picks per cycle.
 */
interface NodeSearch {
  /** Returned by a search that cannot answer this cycle; the next search of the cycle's plan then runs. */
  int DECLINED = -2;

  /** The chosen node, -1 when no node is feasible (the cycle's diagnosis says why), or {@link #DECLINED}. */
  int choose(CycleState state, Pod pod, SearchCycle cycle);
}
