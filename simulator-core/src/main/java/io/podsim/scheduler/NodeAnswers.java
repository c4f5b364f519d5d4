package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;

/** Node-local plugins' answers for a node, computed on the node or reused from {@link NodeResultCache}. */
final class NodeAnswers {
  private final ClusterState cluster;
  private final FilterPlugin[] filters;
  private final ScorePlugin[] scorers;
  private final NodeResultCache cache = new NodeResultCache();

  NodeAnswers(ClusterState cluster, FilterPlugin[] filters, ScorePlugin[] scorers) {
    this.cluster = cluster;
    this.filters = filters;
    this.scorers = scorers;
  }

  /**
   * Starts a cycle for the pod; {@code notPerNode} marks the filters not run per node (one bit each),
   * {@code identity} that a plugin reading the pod's labels and namespace may answer per node.
   */
  void begin(Pod pod, long notPerNode, boolean identity) {
    cache.begin(pod, notPerNode, identity, cluster.nodeCount(), scorers.length);
  }

  /** Changes whenever the kept answers of the current shape are dropped. */
  long generation() {
    return cache.generation();
  }

  /**
   * The filter among {@code runs} that rejects the node for this pod shape (-1 when none does), from
   * the kept answer if still valid.
   */
  int rejection(CycleState state, Pod pod, int node, boolean[] runs) {
    if (cache.hasFilterAnswer(cluster, node)) {
      return cache.rejectedBy(node);
    }
    for (int f = 0; f < filters.length; f++) {
      if (runs[f]) {
        Status status = filters[f].filter(state, pod, cluster, node);
        if (!status.isSuccess()) {
          cache.putFilterAnswer(cluster, node, f, status);
          return f;
        }
      }
    }
    cache.putFilterAnswer(cluster, node, -1, null);
    return -1;
  }

  /** The status the node's kept rejection carries. */
  Status rejectionStatus(int node) {
    return cache.rejection(node);
  }

  /** A node-local plugin's raw score on the node, from the kept answer if still valid. */
  long score(CycleState state, Pod pod, int scorer, int node) {
    if (cache.hasScore(cluster, scorer, node)) {
      return cache.score(scorer, node);
    }
    long value = scorers[scorer].score(state, pod, cluster, node);
    cache.putScore(cluster, scorer, node, value);
    return value;
  }
}
