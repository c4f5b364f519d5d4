package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.random.RandomGenerator;

/** The scan that runs every filter and score plugin on every node it visits: the reference the other searches must equal. */
final class PlainScan extends NodeScan {
  private final NodeFilters filters;

  PlainScan(ClusterState cluster, PluginTable plugins, RandomGenerator random, PluginTally tally, ScanStart start,
      NodeFilters filters) {
    super(cluster, plugins, random, tally, start);
    this.filters = filters;
  }

  @Override
  Status filter(CycleState state, Pod pod, int node, SearchCycle cycle) {
    return filters.run(state, pod, node, cycle.skipFilter());
  }

  @Override
  long rawScore(CycleState state, Pod pod, int scorer, int node) {
    return plugins.scorers()[scorer].score(state, pod, cluster, node);
  }
}
