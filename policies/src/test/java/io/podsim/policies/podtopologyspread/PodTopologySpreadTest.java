package io.podsim.policies.podtopologyspread;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.LabelSelector;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.policies.Fixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PodTopologySpreadTest {
  private static final String ZONE = "topology.kubernetes.io/zone";
  private static final String HOST = "kubernetes.io/hostname";
  private static final LabelSelector FOO = new LabelSelector(Map.of("app", "foo"), List.of());
  private final PodTopologySpread plugin = PodTopologySpread.systemDefaulted();

  /** Zone a: n1 (2 foo pods, ssd), n2 (1 foo pod); zone b: n3 (1 foo pod, ssd), n4; n5 has no zone. */
  private static Fixture cluster() {
    return new Fixture()
        .node("n1", Map.of(ZONE, "a", "disk", "ssd")).node("n2", Map.of(ZONE, "a"))
        .node("n3", Map.of(ZONE, "b", "disk", "ssd")).node("n4", Map.of(ZONE, "b")).node("n5", Map.of())
        .existing("n1", foo("f1")).existing("n1", foo("f2")).existing("n2", foo("f3")).existing("n3", foo("f4"))
        .existing("n4", Fixture.pod("elsewhere", "other", Map.of("app", "foo"), Placement.NONE, List.of()));
  }

  private static PodSpec foo(String name) {
    return Fixture.pod(name, Map.of("app", "foo"), Placement.NONE);
  }

  private static TopologySpreadConstraint hard(String key, int maxSkew) {
    return new TopologySpreadConstraint(maxSkew, key, true, FOO, 1, true, false, List.of());
  }

  private static PodSpec pod(Map<String, String> labels, Map<String, String> nodeSelector,
      TopologySpreadConstraint... constraints) {
    return Fixture.pod("p", labels, new Placement(null, nodeSelector, null, null, null, List.of(constraints), null));
  }

  private static PodSpec fooPod(TopologySpreadConstraint... constraints) {
    return pod(Map.of("app", "foo"), Map.of(), constraints);
  }

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of("a pod without constraints fits every node", fooPod(), List.of("n1", "n2", "n3", "n4", "n5")),
        Arguments.of("maxSkew 1 on zones sends the pod to the emptier zone", fooPod(hard(ZONE, 1)), List.of("n3", "n4")),
        Arguments.of("a looser maxSkew admits the fuller zone too", fooPod(hard(ZONE, 3)),
            List.of("n1", "n2", "n3", "n4")),
        Arguments.of("spreading over hostnames counts pods per node", fooPod(hard(HOST, 1)), List.of("n4", "n5")),
        Arguments.of("a pod its own selector does not match adds nothing to the skew",
            pod(Map.of("app", "bar"), Map.of(), hard(ZONE, 1)), List.of("n3", "n4")),
        Arguments.of("fewer domains than minDomains make the global minimum 0",
            fooPod(new TopologySpreadConstraint(2, ZONE, true, FOO, 3, true, false, List.of())), List.of("n3", "n4")),
        Arguments.of("with nodeAffinityPolicy Honor only nodes the pod may use are counted",
            pod(Map.of("app", "foo"), Map.of("disk", "ssd"), hard(ZONE, 1)), List.of("n3", "n4")),
        Arguments.of("with nodeAffinityPolicy Ignore every node is counted",
            pod(Map.of("app", "foo"), Map.of("disk", "ssd"),
                new TopologySpreadConstraint(1, ZONE, true, FOO, 1, false, false, List.of())), List.of("n3", "n4")),
        Arguments.of("every constraint must hold",
            fooPod(hard(ZONE, 1), hard(HOST, 1)), List.of("n4")),
        Arguments.of("matchLabelKeys narrows the selector to the pod's own value",
            pod(Map.of("app", "foo", "version", "v2"), Map.of(),
                new TopologySpreadConstraint(1, ZONE, true, FOO, 1, true, false, List.of("version"))),
            List.of("n1", "n2", "n3", "n4")),
        Arguments.of("an absent selector matches no pod", fooPod(
            new TopologySpreadConstraint(1, ZONE, true, LabelSelector.NOTHING, 1, true, false, List.of())),
            List.of("n1", "n2", "n3", "n4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String description, PodSpec pod, List<String> feasible) {
    assertThat(cluster().feasible(plugin, pod)).isEqualTo(feasible);
  }

  @Test
  void aNodeWithoutTheTopologyKeyIsRuledOutForGood() {
    assertThat(cluster().reason(plugin, fooPod(hard(ZONE, 1)), "n5"))
        .isEqualTo("node(s) didn't match pod topology spread constraints (missing required label)");
    assertThat(cluster().reason(plugin, fooPod(hard(ZONE, 1)), "n1"))
        .isEqualTo("node(s) didn't match pod topology spread constraints");
  }

  @Test
  void withNodeTaintsPolicyHonorPodsOnUntoleratedNodesAreNotCounted() {
    Fixture cluster = new Fixture()
        .node("n1", Map.of(ZONE, "a")).node("n2", Map.of(ZONE, "b"), new Taint("k", "v", TaintEffect.NO_SCHEDULE))
        .node("n3", Map.of(ZONE, "c"))
        .existing("n1", foo("f1")).existing("n3", foo("f3"));
    // Ignore: zones a=1, b=0, c=1, so the minimum is 0; Honor: the tainted zone b does not count, minimum 1.
    TopologySpreadConstraint honor = new TopologySpreadConstraint(1, ZONE, true, FOO, 1, true, true, List.of());
    TopologySpreadConstraint ignore = new TopologySpreadConstraint(1, ZONE, true, FOO, 1, true, false, List.of());
    assertThat(cluster.feasible(plugin, fooPod(ignore))).containsExactly("n2");
    assertThat(cluster.feasible(plugin, fooPod(honor))).containsExactly("n1", "n2", "n3");
  }

  @Test
  void softZoneSpreadingScoresTheEmptierZoneHighestAndIgnoresNodesWithoutTheKey() {
    PodSpec pod = fooPod(new TopologySpreadConstraint(1, ZONE, false, FOO, 1, true, false, List.of()));
    // weight log(2 zones + 2); zone a: 3 pods → 4, zone b: 1 pod → 1; (max + min − s) / max
    assertThat(cluster().scores(plugin, pod)).isEqualTo(Map.of("n1", 25L, "n2", 25L, "n3", 100L, "n4", 100L, "n5", 0L));
  }

  @Test
  void systemDefaultsSpreadOverHostnamesAndZonesUsingThePodsLabels() {
    // hostname: weight log(5 + 2), maxSkew 3; zone: weight log(2 + 2), maxSkew 5; n5 has no zone.
    // raw: n1 14, n2 12, n3 9, n4 7, n5 2 → 100 × (14 + 2 − raw) / 14
    PodSpec replica = new PodSpec("p", null, foo("p").requests(), Map.of("app", "foo"), 0, 0, -1, List.of(),
        Placement.NONE, true, "foo");
    assertThat(cluster().scores(plugin, replica))
        .isEqualTo(Map.of("n1", 14L, "n2", 28L, "n3", 50L, "n4", 64L, "n5", 100L));
    assertThat(cluster().scores(plugin, foo("bare")).values()).as("a bare pod gets no default constraints")
        .containsOnly(0L);
  }

  @Test
  void withoutSystemDefaultsAPodWithoutConstraintsIsNotScored() {
    assertThat(cluster().scores(new PodTopologySpread(List.of(), false), foo("p")).values()).containsOnly(0L);
    assertThat(cluster().scores(plugin, Fixture.pod("bare", Map.of(), Placement.NONE)).values()).containsOnly(0L);
  }
}
