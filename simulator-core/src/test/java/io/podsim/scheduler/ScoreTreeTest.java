package io.podsim.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class ScoreTreeTest {
  private static final int FILTERS = 3;
  private static final long[] WEIGHTS = {1, 2, 3};
  private static final boolean[] KEYED = {true, true, false};

  /** What the tree must agree with: every node's answer, kept plainly. */
  private static final class Plain {
    final int[] rejectedBy;
    final long[][] raw;
    final long[][] unnormalized;

    Plain(int nodes) {
      rejectedBy = new int[nodes];
      raw = new long[nodes][];
      unnormalized = new long[nodes][];
    }

    long total(int node) {
      if (rejectedBy[node] >= 0) {
        return ScoreTree.INFEASIBLE;
      }
      long total = 0;
      for (int s = 0; s < WEIGHTS.length; s++) {
        total += KEYED[s] ? WEIGHTS[s] * raw[node][s] : 0;
      }
      return total;
    }
  }

  @RepeatedTest(40)
  void agreesWithAPlainScanAfterRandomUpdates(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    int nodes = 1 + random.nextInt(70);
    ScoreTree tree = new ScoreTree();
    Plain plain = new Plain(nodes);
    tree.reset(nodes, FILTERS, KEYED, new boolean[] {true, true, true}, WEIGHTS);
    for (int node = 0; node < nodes; node++) {
      set(tree, plain, node, random);
    }
    tree.finishBuilding();
    check(tree, plain, random);
    for (int step = 0; step < 200; step++) {
      boolean bulk = random.nextInt(10) == 0;
      if (bulk) {
        tree.beginBulk();
      }
      for (int changes = bulk ? 1 + random.nextInt(nodes) : 1; changes > 0; changes--) {
        set(tree, plain, random.nextInt(nodes), random);
      }
      if (bulk) {
        tree.finishBuilding();
      }
      check(tree, plain, random);
    }
  }

  private static void set(ScoreTree tree, Plain plain, int node, SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      int filter = random.nextInt(FILTERS);
      plain.rejectedBy[node] = filter;
      tree.setRejected(node, filter);
      return;
    }
    // few distinct values, so that ties are common
    long[] scores = {random.nextInt(3) * 50L, random.nextInt(3) * 50L, random.nextInt(2) * 100L};
    plain.rejectedBy[node] = -1;
    long[] raws = {random.nextInt(-50, 50), random.nextInt(1000), 0};
    plain.raw[node] = scores.clone();
    plain.unnormalized[node] = raws.clone();
    tree.setFeasible(node, scores, raws);
  }

  private static void check(ScoreTree tree, Plain plain, SplittableRandom random) {
    int nodes = plain.rejectedBy.length;
    int feasible = 0;
    long best = ScoreTree.INFEASIBLE;
    for (int node = 0; node < nodes; node++) {
      feasible += plain.rejectedBy[node] < 0 ? 1 : 0;
      best = Math.max(best, plain.total(node));
      assertThat(tree.total(node)).isEqualTo(plain.total(node));
    }
    assertThat(tree.feasibleCount()).isEqualTo(feasible);
    for (int f = 0; f < FILTERS; f++) {
      int filter = f;
      assertThat(tree.rejections(f)).isEqualTo((int) IntStream.range(0, nodes)
          .filter(n -> plain.rejectedBy[n] == filter).count());
    }
    for (int s = 0; s < WEIGHTS.length; s++) {
      long without = ScoreTree.INFEASIBLE;
      long lowest = Long.MAX_VALUE;
      long highest = Long.MIN_VALUE;
      for (int node = 0; node < nodes; node++) {
        if (plain.rejectedBy[node] < 0) {
          lowest = Math.min(lowest, plain.unnormalized[node][s]);
          highest = Math.max(highest, plain.unnormalized[node][s]);
          without = Math.max(without, plain.total(node) - WEIGHTS[s] * plain.raw[node][s]);
          assertThat(tree.score(s, node)).isEqualTo(plain.raw[node][s]);
        }
      }
      assertThat(tree.lowestRaw(s)).isEqualTo(lowest);
      assertThat(tree.highestRaw(s)).isEqualTo(highest);
      if (KEYED[s]) {
        assertThat(tree.bestWithout(s)).isEqualTo(without);
      }
    }
    if (feasible == 0) {
      return;
    }
    assertThat(tree.bestTotal()).isEqualTo(best);
    int start = random.nextInt(nodes);
    List<Integer> bestInScanOrder = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      int node = (start + i) % nodes;
      if (plain.total(node) == best) {
        bestInScanOrder.add(node);
      }
    }
    assertThat(tree.bestCount()).isEqualTo(bestInScanOrder.size());
    for (int j = 0; j < bestInScanOrder.size(); j++) {
      assertThat(tree.select(start, j)).isEqualTo(bestInScanOrder.get(j));
    }
  }
}
