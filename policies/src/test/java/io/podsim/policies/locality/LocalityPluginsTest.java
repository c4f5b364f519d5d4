package io.podsim.policies.locality;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.DataLocalityLevel;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.CycleState;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocalityPluginsTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.of(List.of("network"));

  private static ClusterState cluster() {
    ClusterState cluster = new ClusterState(SCHEMA);
    String[] levels = {"node", "rack", "zone", null};
    for (int i = 0; i < levels.length; i++) {
      Map<String, String> labels = levels[i] == null ? Map.of()
          : Map.of(DataLocalityLevel.LABEL_PREFIX + "logs", levels[i], DataLocalityLevel.LABEL_PREFIX + "images", "node");
      cluster.addNode(new NodeSpec("n" + i, Resources.of(8000, 1L << 34, 0, 110, 10_000), labels, List.of(), false));
    }
    return cluster;
  }

  private static Pod reader(long network, String... datasets) {
    Placement placement = new Placement(null, null, null, null, null, null, null, List.of(datasets));
    return new Pod(0, new PodSpec("p", null, Resources.of(100, 0, 0, 0, network), Map.of(), 0, 0, -1, List.of(),
        placement));
  }

  static Stream<Arguments> dataCases() {
    return Stream.of(
        Arguments.of("a replica on the node scores 100", 0, 100L),
        Arguments.of("a replica in the rack scores 66", 1, 66L),
        Arguments.of("a replica in the zone scores 33", 2, 33L),
        Arguments.of("a remote replica scores 0", 3, 0L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataCases")
  void dataLocalityScoresTheNearestReplica(String description, int node, long expected) {
    assertThat(new DataLocality().score(new CycleState(new SplittableRandom(1)), reader(0, "logs"), cluster(), node)).isEqualTo(expected);
  }

  @Test
  void severalDataSetsAverageAndTheWorstSetsTheLevel() {
    ClusterState cluster = cluster();
    assertThat(new DataLocality().score(new CycleState(new SplittableRandom(1)), reader(0, "logs", "images"), cluster, 1)).isEqualTo(83);
    assertThat(DataLocalityLevel.worst(cluster.node(1), List.of("logs", "images"))).isEqualTo(DataLocalityLevel.RACK);
    assertThat(new DataLocality().preScore(new CycleState(new SplittableRandom(1)), reader(0), cluster, new int[] {0}, 1).isSkip())
        .isTrue();
  }

  @Test
  void networkBandwidthPrefersTheIdlerLinkAndSkipsPodsWithoutDemand() {
    ClusterState cluster = cluster();
    cluster.bind(new Pod(5, new PodSpec("hog", null, Resources.of(0, 0, 0, 0, 6_000), Map.of(), 0, 0, -1, List.of())),
        0, 0);
    NetworkBandwidth plugin = new NetworkBandwidth(SCHEMA);
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), reader(2_000), cluster, 0)).isEqualTo(20);
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), reader(2_000), cluster, 1)).isEqualTo(80);
    assertThat(plugin.preScore(new CycleState(new SplittableRandom(1)), reader(0), cluster, new int[] {0}, 1).isSkip()).isTrue();
  }
}
