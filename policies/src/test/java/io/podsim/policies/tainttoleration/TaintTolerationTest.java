package io.podsim.policies.tainttoleration;

import static io.podsim.policies.PodsAndNodes.cluster;
import static io.podsim.policies.PodsAndNodes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.Status;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaintTolerationTest {
  private static final long[] NODE = {4000, 10000, 0, 110, 0};
  private static final Taint GPU_ONLY = new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE);
  private final TaintToleration plugin = new TaintToleration();

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of("an untolerated NoSchedule taint keeps the pod off", List.of(), false),
        Arguments.of("an Equal toleration with the same value lets it on",
            List.of(new Toleration("dedicated", Toleration.Operator.EQUAL, "gpu", TaintEffect.NO_SCHEDULE)), true),
        Arguments.of("an Equal toleration with another value does not",
            List.of(new Toleration("dedicated", Toleration.Operator.EQUAL, "web", TaintEffect.NO_SCHEDULE)), false),
        Arguments.of("Exists on the key tolerates any value",
            List.of(new Toleration("dedicated", Toleration.Operator.EXISTS, null, null)), true),
        Arguments.of("Exists with an empty key tolerates everything",
            List.of(new Toleration(null, Toleration.Operator.EXISTS, null, null)), true),
        Arguments.of("a toleration for another effect does not count",
            List.of(new Toleration("dedicated", Toleration.Operator.EQUAL, "gpu", TaintEffect.NO_EXECUTE)), false),
        Arguments.of("a toleration without effect covers every effect",
            List.of(new Toleration("dedicated", Toleration.Operator.EQUAL, "gpu", null)), true),
        Arguments.of("a toleration for another key does not count",
            List.of(new Toleration("zone", Toleration.Operator.EXISTS, null, null)), false),
        Arguments.of("one matching toleration among several is enough",
            List.of(new Toleration("zone", Toleration.Operator.EXISTS, null, null),
                new Toleration("dedicated", Toleration.Operator.EQUAL, "gpu", TaintEffect.NO_SCHEDULE)), true),
        Arguments.of("Equal with an empty value does not match a valued taint",
            List.of(new Toleration("dedicated", Toleration.Operator.EQUAL, "", TaintEffect.NO_SCHEDULE)), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String description, List<Toleration> tolerations, boolean admitted) {
    ClusterState cluster = cluster(NODE, List.of(GPU_ONLY), false);
    Status status = plugin.filter(new CycleState(new SplittableRandom(1)), pod(tolerations, 0, 0, 0, 0, 0), cluster, 0);
    assertThat(status.isSuccess()).isEqualTo(admitted);
    if (!admitted) {
      assertThat(status.reason()).isEqualTo("node(s) had untolerated taint {dedicated: gpu}");
    }
  }

  @Test
  void anUntoleratedNoExecuteTaintAlsoKeepsThePodOff() {
    ClusterState cluster = cluster(NODE, List.of(new Taint("evict", "now", TaintEffect.NO_EXECUTE)), false);
    assertThat(plugin.filter(new CycleState(new SplittableRandom(1)), pod(0, 0, 0, 0, 0), cluster, 0).reason())
        .isEqualTo("node(s) had untolerated taint {evict: now}");
  }

  @Test
  void aToleratedPreferNoScheduleTaintDoesNotCount() {
    Taint soft = new Taint("spot", "true", TaintEffect.PREFER_NO_SCHEDULE);
    ClusterState cluster = cluster(NODE, List.of(soft), false);
    var tolerant = pod(List.of(new Toleration("spot", Toleration.Operator.EXISTS, null, TaintEffect.PREFER_NO_SCHEDULE)),
        0, 0, 0, 0, 0);
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), tolerant, cluster, 0)).isZero();
  }

  @Test
  void preferNoScheduleTaintsDoNotFilterButCountAgainstTheNode() {
    Taint soft = new Taint("spot", "true", TaintEffect.PREFER_NO_SCHEDULE);
    ClusterState cluster = cluster(NODE, List.of(soft, new Taint("old", "", TaintEffect.PREFER_NO_SCHEDULE)), false);
    var pod = pod(0, 0, 0, 0, 0);
    assertThat(plugin.filter(new CycleState(new SplittableRandom(1)), pod, cluster, 0).isSuccess()).isTrue();
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), pod, cluster, 0)).isEqualTo(2);
  }

  @Test
  void normalizationGivesTheNodeWithFewestIntolerableTaintsTheTopScore() {
    long[] scores = {0, 2, 1, 4};
    plugin.normalizeScores(new CycleState(new SplittableRandom(1)), pod(0, 0, 0, 0, 0), new int[] {0, 1, 2, 3}, scores, 4);
    assertThat(scores).containsExactly(100, 50, 75, 0);
  }
}
