package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a profile's filters on one node, as kube-scheduler's RunFilterPluginsWithNominatedPods does:
 * pods nominated to the node with at least the pod's priority count as if they ran there.
 */
final class NodeFilters {
  private final ClusterState cluster;
  private final FilterPlugin[] filters;
  private final long[] rejections;

  NodeFilters(ClusterState cluster, PluginTable plugins, PluginTally tally) {
    this.cluster = cluster;
    this.filters = plugins.filters();
    this.rejections = tally.filterRejections();
  }

  /** Null when the pod fits the node; else the first rejection. */
  Status run(CycleState state, Pod pod, int node, boolean[] skipFilter) {
    if (!cluster.hasNominations(node)) {
      return runAlone(state, pod, node, skipFilter);
    }
    List<Pod> counted = new ArrayList<>();
    for (Pod other : cluster.nominatedOn(node)) {
      if (other != pod && other.spec().priority() >= pod.spec().priority()) {
        counted.add(other);
      }
    }
    counted.forEach(other -> cluster.attach(other, node));
    try {
      return runAlone(state, pod, node, skipFilter);
    } finally {
      counted.forEach(other -> cluster.detach(other, node));
    }
  }

  /** The filters on the node as it stands, for a node with no nominated pod. */
  Status runAlone(CycleState state, Pod pod, int node, boolean[] skipFilter) {
    for (int f = 0; f < filters.length; f++) {
      if (!skipFilter[f]) {
        Status status = filters[f].filter(state, pod, cluster, node);
        if (!status.isSuccess()) {
          rejections[f]++;
          return status;
        }
      }
    }
    return null;
  }
}
