package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * Runs when no node passed Filter, in profile order until one succeeds: the place for preemption.
 * It may change the cluster (evict victims) through the {@link PostFilterContext}; success means
 * the pod may fit on a later attempt.
 */
public interface PostFilterPlugin extends Plugin {
  Status postFilter(CycleState state, Pod pod, ClusterState cluster, Diagnosis diagnosis, PostFilterContext context);
}
