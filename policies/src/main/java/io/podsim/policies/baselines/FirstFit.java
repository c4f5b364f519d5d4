package io.podsim.policies.baselines;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;

/** First fit: the feasible node that comes first in node order gets 100, every other 0. */
public final class FirstFit implements ScorePlugin, ScoreNormalizer, NodeLocal {
  public static final String NAME = "FirstFit";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return 0;
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    int first = 0;
    for (int i = 1; i < count; i++) {
      first = nodes[i] < nodes[first] ? i : first;
    }
    for (int i = 0; i < count; i++) {
      scores[i] = i == first ? MAX_NODE_SCORE : 0;
    }
  }
}
