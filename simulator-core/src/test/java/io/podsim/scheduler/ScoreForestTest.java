package io.podsim.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ScoreForestTest {
  private static final int FILTERS = 3;
  private static final long[] WEIGHTS = {2, 3};
  /** Plugin 0 scores per node, plugin 1 once per group. */
  private static final boolean[] PER_NODE = {true, false};

  /** Every node's and group's answer kept plainly, and the totals a full scan would see. */
  private static final class Plain {
    final int[] localRejection;
    final long[] raw;
    final long[] unnormalized;
    final int[] groupRejection;
    final long[] groupScore;
    final NodeGroups groups;

    Plain(int nodes, NodeGroups groups) {
      this.groups = groups;
      localRejection = new int[nodes];
      raw = new long[nodes];
      unnormalized = new long[nodes];
      groupRejection = new int[groups.count()];
      groupScore = new long[groups.count()];
    }

    int rejection(int node) {
      return localRejection[node] >= 0 ? localRejection[node] : groupRejection[groups.groupOf(node)];
    }

    long total(int node) {
      return rejection(node) >= 0 ? ScoreTree.INFEASIBLE
          : WEIGHTS[0] * raw[node] + WEIGHTS[1] * groupScore[groups.groupOf(node)];
    }
  }

  @RepeatedTest(40)
  void agreesWithAPlainScanAsNodesAndGroupsChange(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    int nodes = 1 + random.nextInt(60);
    NodeGroups groups = NodeGroups.of(cluster(nodes, 1 + random.nextInt(4), random), NodeSpec.ZONE_LABEL);
    Plain plain = new Plain(nodes, groups);
    ScoreForest forest = new ScoreForest();
    String layout = "layout";
    assertThat(forest.resume(layout, nodes, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isFalse();
    setEverything(forest, plain, random);
    check(forest, plain, random);
    for (int step = 0; step < 150; step++) {
      if (random.nextInt(25) == 0) {
        // another shape on the same nodes: the forest starts over in the arrays it has
        layout = "layout after step " + step;
        assertThat(forest.resume(layout, nodes, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isFalse();
        setEverything(forest, plain, random);
      }
      assertThat(forest.resume(layout, nodes, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isTrue();
      if (random.nextBoolean()) {
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
          forest.markDirty(random.nextInt(nodes));
        }
        forest.beginSetting(false);
        for (int i = 0; i < forest.dirtyCount(); i++) {
          setNode(forest, plain, forest.dirtyNode(i), random);
        }
        forest.finishSetting(false);
      } else {
        setGroup(forest, plain, random.nextInt(groups.count()), random);
      }
      check(forest, plain, random);
    }
  }

  @Test
  void anotherLayoutOrClusterSizeStartsOver() {
    NodeGroups groups = NodeGroups.of(cluster(4, 2, new SplittableRandom(1)), NodeSpec.ZONE_LABEL);
    ScoreForest forest = new ScoreForest();
    assertThat(forest.resume("a", 4, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isFalse();
    assertThat(forest.resume("a", 4, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isTrue();
    assertThat(forest.resume("b", 4, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isFalse();
    assertThat(forest.resume("b", 5, groups, FILTERS, PER_NODE, PER_NODE, WEIGHTS)).isFalse();
  }

  /** Nodes in a few zones, some without a zone label (a group of their own). */
  private static ClusterState cluster(int nodes, int zones, SplittableRandom random) {
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    for (int i = 0; i < nodes; i++) {
      Map<String, String> labels = random.nextInt(6) == 0 ? Map.of() : Map.of(NodeSpec.ZONE_LABEL, "z" + random.nextInt(zones));
      cluster.addNode(new NodeSpec("n" + i, Resources.of(1000, 1L << 30, 0, 10), labels, List.of(), false));
    }
    return cluster;
  }

  private static void setEverything(ScoreForest forest, Plain plain, SplittableRandom random) {
    forest.beginSetting(true);
    for (int node = 0; node < plain.raw.length; node++) {
      setNode(forest, plain, node, random);
    }
    forest.finishSetting(true);
    for (int g = 0; g < plain.groups.count(); g++) {
      setGroup(forest, plain, g, random);
    }
  }

  private static void setNode(ScoreForest forest, Plain plain, int node, SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      plain.localRejection[node] = random.nextInt(FILTERS);
      forest.setRejected(node, 0, plain.localRejection[node]);
      return;
    }
    plain.localRejection[node] = -1;
    plain.raw[node] = random.nextInt(3) * 50L;
    plain.unnormalized[node] = random.nextInt(-20, 20);
    forest.setFeasible(node, 0, new long[] {plain.raw[node], 0}, new long[] {plain.unnormalized[node], 0});
  }

  private static void setGroup(ScoreForest forest, Plain plain, int group, SplittableRandom random) {
    plain.groupRejection[group] = random.nextInt(4) == 0 ? random.nextInt(FILTERS) : -1;
    plain.groupScore[group] = random.nextInt(3) * 50L;
    forest.setGroupAnswer(group, plain.groupRejection[group], new long[] {0, plain.groupScore[group]});
  }

  private static void check(ScoreForest forest, Plain plain, SplittableRandom random) {
    int nodes = plain.raw.length;
    int feasible = 0;
    long best = ScoreTree.INFEASIBLE;
    int[] rejections = new int[FILTERS];
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int node = 0; node < nodes; node++) {
      int rejection = plain.rejection(node);
      if (rejection >= 0) {
        rejections[rejection]++;
        continue;
      }
      feasible++;
      lowest = Math.min(lowest, plain.unnormalized[node]);
      highest = Math.max(highest, plain.unnormalized[node]);
      best = Math.max(best, plain.total(node));
      assertThat(forest.total(node)).isEqualTo(plain.total(node));
    }
    assertThat(forest.feasibleCount()).isEqualTo(feasible);
    for (int f = 0; f < FILTERS; f++) {
      assertThat(forest.rejections(f)).as("rejections by %d", f).isEqualTo(rejections[f]);
    }
    assertThat(forest.rawExtremes(0)).containsExactly(lowest, highest);
    if (feasible == 0) {
      return;
    }
    assertThat(forest.bestTotal()).isEqualTo(best);
    for (int s = 0; s < WEIGHTS.length; s++) {
      long without = ScoreTree.INFEASIBLE;
      for (int node = 0; node < nodes; node++) {
        if (plain.rejection(node) < 0) {
          long score = s == 0 ? plain.raw[node] : plain.groupScore[plain.groups.groupOf(node)];
          without = Math.max(without, plain.total(node) - WEIGHTS[s] * score);
          assertThat(forest.score(s, node, !PER_NODE[s])).isEqualTo(score);
        }
      }
      assertThat(forest.bestWithout(s, !PER_NODE[s])).isEqualTo(without);
    }
    int start = random.nextInt(nodes);
    List<Integer> bestInScanOrder = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      int node = (start + i) % nodes;
      if (plain.rejection(node) < 0 && plain.total(node) == best) {
        bestInScanOrder.add(node);
      }
    }
    assertThat(forest.bestCount()).isEqualTo(bestInScanOrder.size());
    for (int j = 0; j < bestInScanOrder.size(); j++) {
      assertThat(forest.select(start, j)).isEqualTo(bestInScanOrder.get(j));
    }
  }
}
