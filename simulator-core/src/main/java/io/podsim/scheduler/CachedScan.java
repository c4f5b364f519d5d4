package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.random.RandomGenerator;

/**
 * The scan with node-local plugins' answers reused while a node is unchanged ({@link NodeAnswers}):
 * node-local scores always, filter verdicts when every filter of the cycle runs per node and the
 * node has no nominated pod.
 */
final class CachedScan extends NodeScan {
  private final NodeFilters filters;
  private final NodeAnswers answers;
  private final long[] rejections;

  CachedScan(ClusterState cluster, PluginTable plugins, RandomGenerator random, PluginTally tally, ScanStart start,
      NodeFilters filters, NodeAnswers answers) {
    super(cluster, plugins, random, tally, start);
    this.filters = filters;
    this.answers = answers;
    this.rejections = tally.filterRejections();
  }

  @Override
  Status filter(CycleState state, Pod pod, int node, SearchCycle cycle) {
    FilterPlan plan = cycle.plan();
    if (!plan.allPerNode() || cluster.hasNominations(node)) {
      return filters.run(state, pod, node, cycle.skipFilter());
    }
    int rejectedBy = answers.rejection(state, pod, node, plan.perNode());
    if (rejectedBy < 0) {
      return null;
    }
    rejections[rejectedBy]++;
    return answers.rejectionStatus(node);
  }

  @Override
  long rawScore(CycleState state, Pod pod, int scorer, int node) {
    return plugins.scoreIsNodeLocal()[scorer] ? answers.score(state, pod, scorer, node)
        : plugins.scorers()[scorer].score(state, pod, cluster, node);
  }
}
