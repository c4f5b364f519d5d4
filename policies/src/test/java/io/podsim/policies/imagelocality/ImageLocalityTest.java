package io.podsim.policies.imagelocality;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.CycleState;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageLocalityTest {
  private static final long MI = 1024 * 1024;

  static Stream<Arguments> cases() {
    return Stream.of(
        // 500Mi on 1 of 2 nodes → 250Mi → 100 × (250 − 23) / (1000 − 23)
        Arguments.of("an image on half the nodes counts half its size", List.of("app:v1"), 23L, 0L),
        // 100Mi on both nodes → 100Mi → 100 × 77 / 977
        Arguments.of("an untagged image is the :latest one", List.of("tools"), 7L, 7L),
        Arguments.of("a pod without images scores 0", List.of(), 0L, 0L),
        Arguments.of("an image no node has scores 0 everywhere", List.of("other:1"), 0L, 0L),
        // two containers: 250Mi + 100Mi = 350Mi within [23Mi, 2000Mi] → 100 × 327 / 1977
        Arguments.of("several containers widen the range", List.of("app:v1", "tools:latest"), 16L, 3L),
        Arguments.of("a huge image is capped at the container threshold", List.of("huge:1"), 100L, 0L),
        // 100Mi on both, twice: 200Mi within [23Mi, 2000Mi] → 100 × 177 / 1977
        Arguments.of("the same image in two containers counts twice", List.of("tools", "tools:latest"), 8L, 8L),
        // 250Mi and 5000Mi: 5250Mi capped at 2000Mi
        Arguments.of("the cap grows with the number of containers", List.of("app:v1", "huge:1"), 100L, 0L),
        Arguments.of("an image with a digest is taken as written", List.of("app@sha256:abc"), 0L, 0L),
        Arguments.of("a registry path with a port keeps its tag rule", List.of("reg:5000/app"), 0L, 0L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void score(String description, List<String> images, long onA, long onB) {
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    cluster.addNode(new NodeSpec("a", Resources.of(1000, 0, 0, 10), Map.of(), List.of(), false,
        Map.of("app:v1", 500 * MI, "tools", 100 * MI, "huge:1", 5000 * MI)));
    cluster.addNode(new NodeSpec("b", Resources.of(1000, 0, 0, 10), Map.of(), List.of(), false,
        Map.of("tools:latest", 100 * MI)));
    Pod pod = new Pod(0, new PodSpec("p", null, Resources.of(0, 0, 0, 0), Map.of(), 0, 0, -1, List.of(), null, true,
        null, images));
    ImageLocality plugin = new ImageLocality();
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), pod, cluster, 0)).isEqualTo(onA);
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), pod, cluster, 1)).isEqualTo(onB);
  }
}
