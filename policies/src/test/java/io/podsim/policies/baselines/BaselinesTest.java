package io.podsim.policies.baselines;

import static io.podsim.policies.Simulations.node;
import static io.podsim.policies.Simulations.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.policies.Simulations;
import io.podsim.scheduler.CycleState;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  @Test
  void firstFitFillsNodesInNodeOrder() {
    List<PodSpec> pods = IntStream.range(0, 6).mapToObj(i -> pod("p" + i, 2, 0, i)).toList();
    Map<String, String> placement = Simulations.run("first-fit", List.of(node("a", 4), node("b", 4), node("c", 4)),
        pods, 60).values().stream().collect(Collectors.toMap(f -> f.pod().spec().name(), Simulations.Fate::node));
    assertThat(placement).containsEntry("p0", "a").containsEntry("p1", "a").containsEntry("p2", "b")
        .containsEntry("p3", "b").containsEntry("p4", "c").containsEntry("p5", "c");
  }

  @Test
  void theFirstFeasibleNodeWinsWhateverTheOrderOfTheFeasibleList() {
    long[] scores = new long[3];
    new FirstFit().normalizeScores(new CycleState(new SplittableRandom(1)), null, new int[] {7, 2, 9}, scores, 3);
    assertThat(scores).containsExactly(0, 100, 0);
  }

  @Test
  void dotProductScoresTheDemandWeightedUtilizationAfterPlacement() {
    ResourceSchema schema = ResourceSchema.standard();
    ClusterState cluster = new ClusterState(schema);
    cluster.addNode(new NodeSpec("n", Resources.of(4000, 4000, 0, 110), Map.of(), List.of(), false));
    cluster.bind(new Pod(1, PodSpec.of("busy", Resources.of(2000, 0, 0, 0), 0, -1)), 0, 0);
    Pod pod = new Pod(2, PodSpec.of("p", Resources.of(1000, 1000, 0, 0), 0, -1));
    // cpu: share 0.25, used after 0.75; memory: share 0.25, used after 0.25 → (0.1875 + 0.0625) / 0.5 = 0.5
    assertThat(new DotProduct(schema).score(new CycleState(new SplittableRandom(1)), pod, cluster, 0)).isEqualTo(50);
  }

  @Test
  void theRandomBaselineUsesEveryFeasibleNodeAndRepeatsWithTheSeed() {
    List<PodSpec> pods = IntStream.range(0, 40).mapToObj(i -> pod("p" + i, 0, 0, i)).toList();
    List<NodeSpec> nodes = IntStream.range(0, 4).mapToObj(i -> node("n" + i, 4)).toList();
    var first = Simulations.run("random", nodes, pods, 60);
    var second = Simulations.run("random", nodes, pods, 60);
    assertThat(first.values().stream().map(Simulations.Fate::node).distinct()).hasSize(4);
    assertThat(first.values().stream().map(Simulations.Fate::node).toList())
        .isEqualTo(second.values().stream().map(Simulations.Fate::node).toList());
  }
}
