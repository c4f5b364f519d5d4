package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * A Score plugin that is {@link NodeLocal} for some cycles only. Asked after PreScore; when it
 * answers true, its raw score on a node depends only on the pod (what {@link NodeLocal} plugins may
 * read of it, plus its labels and namespace) and that node, by the same rule every time it answers
 * true, so the framework may reuse its raw scores as it does for NodeLocal plugins.
 */
public interface NodeLocalScoreWhen extends ScorePlugin {
  boolean scoresNodeLocally(CycleState state, Pod pod, ClusterState cluster);
}
