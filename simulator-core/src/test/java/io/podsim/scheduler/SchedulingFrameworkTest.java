package io.podsim.scheduler;

import static io.podsim.testing.Nodes.node;
import static io.podsim.testing.Nodes.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.testing.Nodes;
import io.podsim.testing.TestPlugins;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulingFrameworkTest {
  private static final long GI = 1L << 30;

  @ParameterizedTest(name = "{1} nodes at {0}% means searching for {2} feasible nodes")
  @CsvSource({
    "0, 50, 50", "0, 99, 99", "0, 100, 100", "0, 1000, 420", "0, 5000, 500", "0, 6000, 300", "0, 10000, 500",
    "100, 5000, 5000", "10, 5000, 500", "1, 5000, 100", "30, 200, 100"
  })
  void numFeasibleNodesToFindFollowsKubeScheduler(int percentage, int nodes, int expected) {
    assertThat(SchedulingFramework.numFeasibleNodesToFind(percentage, nodes)).isEqualTo(expected);
  }

  @Test
  void theSearchStopsOnceEnoughNodesAreFeasibleAndTheNextCycleStartsWhereItStopped() {
    ClusterState cluster = cluster(500);
    Profile profile = Profile.builder("p").plugin(new TestPlugins.PrioritySort()).plugin(new TestPlugins.Fit())
        .plugin(new FirstNodeWins(), 1).percentageOfNodesToScore(20).build();
    SchedulingFramework framework = new SchedulingFramework(profile, cluster, new SplittableRandom(1));
    assertThat(framework.schedule(pending(0), null).node()).isEqualTo(0);
    assertThat(framework.schedule(pending(1), null).node()).isEqualTo(100);
    assertThat(framework.schedule(pending(2), null).node()).isEqualTo(200);
  }

  @Test
  void tiesAreBrokenBySeedSoTheSameSeedPicksTheSameNodes() {
    assertThat(picks(7)).isEqualTo(picks(7));
    assertThat(picks(7)).isNotEqualTo(picks(8));
  }

  @Test
  void everyTiedNodeIsPickedAboutEquallyOften() {
    Map<Integer, Integer> counts = new HashMap<>();
    SchedulingFramework framework = new SchedulingFramework(TestPlugins.flat(), cluster(4), new SplittableRandom(3));
    for (int i = 0; i < 4000; i++) {
      counts.merge(framework.schedule(pending(i), null).node(), 1, Integer::sum);
    }
    assertThat(counts).hasSize(4);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(850, 1150));
  }

  @Test
  void weightsMultiplyNormalizedScoresBeforeTheyAreSummed() {
    ClusterState cluster = cluster(2);
    // FirstNodeWins (weight 1) gives node 0 100 points; PreferSecond (weight 2) gives node 1 2 × 100.
    Profile profile = Profile.builder("p").plugin(new TestPlugins.PrioritySort()).plugin(new PreferSecond(), 2)
        .plugin(new FirstNodeWins(), 1).percentageOfNodesToScore(100).build();
    SchedulingFramework framework = new SchedulingFramework(profile, cluster, new SplittableRandom(1));
    assertThat(framework.schedule(pending(0), null).node()).isEqualTo(1);
    assertThat(framework.statistics()).extracting(PluginStatistics::plugin, PluginStatistics::scoredCycles,
            PluginStatistics::meanScoreOfChosen, PluginStatistics::winnerChanges)
        .containsExactly(tuple("PrioritySort", 0L, 0.0, 0L), tuple("PreferSecond", 1L, 100.0, 1L),
            tuple("FirstNodeWins", 1L, 0.0, 0L));
  }

  @Test
  void aFailedCycleExplainsHowManyNodesEachReasonRuledOut() {
    ClusterState cluster = new ClusterState(Nodes.SCHEMA);
    cluster.addNode(node("small-cpu", 100, 8 * GI));
    cluster.addNode(node("small-mem", 8000, GI / 2));
    cluster.addNode(node("small-cpu-2", 100, 8 * GI));
    SchedulingFramework framework = new SchedulingFramework(TestPlugins.spreading(), cluster, new SplittableRandom(1));
    Pod pod = new Pod(0, new io.podsim.model.PodSpec("p", null, io.podsim.model.Resources.of(1000, GI, 0, 0),
        Map.of(), 0, 0, -1, java.util.List.of()));
    CycleResult result = framework.schedule(pod, null);
    assertThat(result.isPlaced()).isFalse();
    // kube-scheduler's FitError.Error: "count reason" strings sorted as strings, then a period
    assertThat(result.diagnosis().message())
        .isEqualTo("0/3 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.");
    assertThat(result.diagnosis().dominantReason()).isEqualTo("Insufficient cpu");
    assertThat(framework.statistics()).filteredOn(p -> p.plugin().equals("Fit"))
        .singleElement().extracting(PluginStatistics::filterRejections).isEqualTo(3L);
  }

  @Test
  void aScoreOutsideZeroToHundredIsAPluginBug() {
    Profile profile = Profile.builder("p").plugin(new TestPlugins.PrioritySort()).plugin(new Broken(), 1).build();
    SchedulingFramework framework = new SchedulingFramework(profile, cluster(2), new SplittableRandom(1));
    assertThatThrownBy(() -> framework.schedule(pending(0), null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Broken gave score 101");
  }

  private static int[] picks(long seed) {
    SchedulingFramework framework = new SchedulingFramework(TestPlugins.flat(), cluster(50), new SplittableRandom(seed));
    int[] picks = new int[20];
    for (int i = 0; i < picks.length; i++) {
      picks[i] = framework.schedule(pending(i), null).node();
    }
    return picks;
  }

  private static ClusterState cluster(int nodes) {
    ClusterState cluster = new ClusterState(Nodes.SCHEMA);
    for (int i = 0; i < nodes; i++) {
      cluster.addNode(node("n" + i, 4000, 8 * GI));
    }
    return cluster;
  }

  private static Pod pending(int id) {
    return new Pod(id, pod("p" + id, 10, 0, -1));
  }

  /** Scores the lowest node index of the feasible set highest. */
  private static final class FirstNodeWins implements ScorePlugin, ScoreNormalizer {
    public String name() {
      return "FirstNodeWins";
    }

    public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
      return node;
    }

    public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
      long min = Long.MAX_VALUE;
      for (int i = 0; i < count; i++) {
        min = Math.min(min, scores[i]);
      }
      for (int i = 0; i < count; i++) {
        scores[i] = scores[i] == min ? 100 : 0;
      }
    }
  }

  /** Scores node 1 highest. */
  private static final class PreferSecond implements ScorePlugin {
    public String name() {
      return "PreferSecond";
    }

    public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
      return node == 1 ? 100 : 0;
    }
  }

  private static final class Broken implements ScorePlugin {
    public String name() {
      return "Broken";
    }

    public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
      return 101;
    }
  }
}
