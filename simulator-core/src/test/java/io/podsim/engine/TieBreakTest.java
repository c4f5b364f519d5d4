package io.podsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.Profile;
import io.podsim.testing.Nodes;
import io.podsim.testing.Runs;
import io.podsim.testing.TestPlugins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Eight roomy nodes on which every node ties: where each tie-break rule sends the pods. */
class TieBreakTest {
  private static final List<NodeSpec> NODES = IntStream.range(0, 8).mapToObj(i -> Nodes.node("n" + i, 64_000, 0))
      .toList();
  private static final List<PodSpec> PODS = IntStream.range(0, 20).mapToObj(i -> Nodes.pod("p" + i, 1000, i, -1))
      .toList();

  /** The name of the node each pod was bound to, in pod order. */
  private static List<String> nodesOf(Profile.TieBreak rule, long seed) {
    Map<String, String> bound = new LinkedHashMap<>();
    SimulationListener names = new SimulationListener() {
      private ClusterState cluster;

      @Override
      public void onStart(ClusterState cluster) {
        this.cluster = cluster;
      }

      @Override
      public void onPodBound(long now, Pod pod) {
        bound.put(pod.spec().name(), cluster.node(pod.node()).name());
      }
    };
    Runs.run(TestPlugins.flat().withTieBreak(rule), NODES, PODS, seed, 100_000_000L, names);
    return PODS.stream().map(p -> bound.get(p.name())).toList();
  }

  @Test
  void nodeOrderSendsEveryTiedPodToTheFirstNodeListed() {
    assertThat(nodesOf(Profile.TieBreak.NODE_ORDER, 1)).containsOnly("n0");
  }

  @RepeatedTest(5)
  void shuffledNodeOrderSendsEveryTiedPodToTheFirstNodeOfTheSeedsOrder(RepetitionInfo repetition) {
    long seed = repetition.getCurrentRepetition();
    assertThat(nodesOf(Profile.TieBreak.SHUFFLED_NODE_ORDER, seed))
        .containsOnly(NodeOrder.shuffled(NODES, seed).get(0).name());
  }

  @Test
  void theRandomDrawSpreadsTiedPods() {
    assertThat(nodesOf(Profile.TieBreak.RANDOM, 1).stream().distinct().count()).isGreaterThan(3);
  }

  @RepeatedTest(10)
  void aShuffledNodeOrderIsAPermutationFixedByTheSeed(RepetitionInfo repetition) {
    long seed = repetition.getCurrentRepetition();
    assertThat(NodeOrder.shuffled(NODES, seed)).containsExactlyInAnyOrderElementsOf(NODES)
        .containsExactlyElementsOf(NodeOrder.shuffled(NODES, seed));
  }
}
