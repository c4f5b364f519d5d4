package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/**
 * A Filter plugin that is {@link NodeLocal} for some cycles only. Asked after PreFilter; when it
 * answers true, its verdict on a node depends only on the pod (what {@link NodeLocal} plugins may
 * read of it, plus its labels and namespace) and that node, by the same rule every time it answers
 * true, so the framework may reuse and aggregate its verdicts as it does for NodeLocal plugins.
 */
public interface NodeLocalFilterWhen extends FilterPlugin {
  boolean filtersNodeLocally(CycleState state, Pod pod, ClusterState cluster);
}
