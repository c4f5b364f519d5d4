package io.podsim.scheduler;

import java.util.Arrays;

/**
 * The score tree's inputs besides node-local answers: per node, the filter among those run per node
 * that rejects it; per group of nodes sharing a label value, the verdict of the filters and the
 * scores run once per group, and what the tree last received for the group.
 */
final class GroupAnswers {
  private static final int UNSET = -2;

  private int[] localRejection = new int[0];
  private NodeGroups groups;
  private int[] localFeasible = new int[0];
  private int[] groupRejection = new int[0];
  private long[][] scores = new long[0][];
  private long[][] published = new long[0][];

  /** Forgets everything, for these nodes, groups (null when nothing runs per group) and score plugins. */
  void reset(int nodes, NodeGroups nodeGroups, int scorers) {
    localRejection = new int[nodes];
    Arrays.fill(localRejection, UNSET);
    groups = nodeGroups;
    int count = groups == null ? 0 : groups.count();
    localFeasible = new int[count];
    groupRejection = new int[count];
    scores = new long[scorers][count];
    published = new long[count][];
  }

  /** Records which per-node filter rejects the node (-1: none), keeping each group's count of passing nodes. */
  void setLocalRejection(int node, int filter) {
    int before = localRejection[node];
    localRejection[node] = filter;
    if (groups != null && (before == -1) != (filter == -1)) {
      localFeasible[groups.groupOf(node)] += filter == -1 ? 1 : -1;
    }
  }

  /** Nodes of the group that pass every per-node filter. */
  int localFeasible(int group) {
    return localFeasible[group];
  }

  void setGroupRejection(int group, int filter) {
    groupRejection[group] = filter;
  }

  void clearScores(int scorer) {
    Arrays.fill(scores[scorer], 0);
  }

  void setScore(int scorer, int group, long score) {
    scores[scorer][group] = score;
  }

  /** Records the group's answer as given to the tree; true when it differs from the last one given. */
  boolean publish(int group) {
    long[] now = new long[1 + scores.length];
    now[0] = groupRejection[group];
    for (int s = 0; s < scores.length; s++) {
      now[1 + s] = scores[s][group];
    }
    boolean changed = !Arrays.equals(now, published[group]);
    published[group] = now;
    return changed;
  }

  /** The filter that rejects the node, per node first, then its group's (-1: none). */
  int rejection(int node) {
    int local = localRejection[node];
    return local >= 0 || groups == null ? local : groupRejection[groups.groupOf(node)];
  }

  long score(int scorer, int node) {
    return scores[scorer][groups.groupOf(node)];
  }
}
