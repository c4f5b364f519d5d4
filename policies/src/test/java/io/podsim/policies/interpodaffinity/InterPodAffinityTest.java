package io.podsim.policies.interpodaffinity;

import static io.podsim.policies.Fixture.affinity;
import static io.podsim.policies.Fixture.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.LabelSelector;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.policies.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InterPodAffinityTest {
  private static final String ZONE = "zone";
  private static final String HOST = "kubernetes.io/hostname";
  private final InterPodAffinity plugin = new InterPodAffinity(1);

  /** n1, n2 in zone z1, n3 in z2, n4 without a zone; a cache pod on n1 and a db pod (namespace other) on n3. */
  private static Fixture cluster() {
    return new Fixture()
        .node("n1", Map.of(ZONE, "z1")).node("n2", Map.of(ZONE, "z1")).node("n3", Map.of(ZONE, "z2"))
        .node("n4", Map.of())
        .existing("n1", Fixture.pod("cache", Map.of("app", "cache"), Placement.NONE))
        .existing("n3", Fixture.pod("db", "other", Map.of("app", "db"), Placement.NONE, List.of()));
  }

  private static PodAffinity required(PodAffinityTerm... terms) {
    return new PodAffinity(List.of(terms), List.of());
  }

  private static PodAffinity preferred(int weight, PodAffinityTerm term) {
    return new PodAffinity(List.of(), List.of(new PodAffinity.Weighted(weight, term)));
  }

  private static PodSpec web(Placement placement) {
    return Fixture.pod("web", Map.of("app", "web"), placement);
  }

  static Stream<Arguments> filterCases() {
    PodAffinityTerm dbAnywhere = new PodAffinityTerm(new LabelSelector(Map.of("app", "db"), List.of()), Set.of(),
        true, ZONE);
    PodAffinityTerm dbInOther = new PodAffinityTerm(new LabelSelector(Map.of("app", "db"), List.of()),
        Set.of("other"), false, ZONE);
    return Stream.of(
        Arguments.of("a pod without affinity fits every node", web(Placement.NONE), List.of("n1", "n2", "n3", "n4")),
        Arguments.of("required affinity keeps the zones holding a match",
            web(affinity(required(term("app", "cache", ZONE)), null)), List.of("n1", "n2")),
        Arguments.of("required affinity on hostname keeps the matching pod's node",
            web(affinity(required(term("app", "cache", HOST)), null)), List.of("n1")),
        Arguments.of("the first pod of a self-affine group may go anywhere",
            Fixture.pod("seed", Map.of("app", "new"), affinity(required(term("app", "new", ZONE)), null)),
            List.of("n1", "n2", "n3", "n4")),
        Arguments.of("affinity to pods that exist nowhere fits nowhere when the pod does not match itself",
            web(affinity(required(term("app", "new", ZONE)), null)), List.of()),
        Arguments.of("required anti-affinity avoids the zones holding a match, and nodes without the key pass",
            web(affinity(null, required(term("app", "cache", ZONE)))), List.of("n3", "n4")),
        Arguments.of("anti-affinity on hostname avoids only the matching pod's node",
            web(affinity(null, required(term("app", "cache", HOST)))), List.of("n2", "n3", "n4")),
        Arguments.of("a term without namespaces looks only in the pod's own namespace",
            web(affinity(required(term("app", "db", ZONE)), null)), List.of()),
        Arguments.of("a term listing the namespace finds the pod there",
            web(affinity(required(dbInOther), null)), List.of("n3")),
        Arguments.of("an empty namespace selector looks in every namespace",
            web(affinity(required(dbAnywhere), null)), List.of("n3")),
        Arguments.of("every required affinity term must hold on the node",
            web(affinity(required(term("app", "cache", ZONE), term("app", "cache", HOST)), null)), List.of("n1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String description, PodSpec pod, List<String> feasible) {
    assertThat(cluster().feasible(plugin, pod)).isEqualTo(feasible);
  }

  @Test
  void anExistingPodsAntiAffinityKeepsMatchingPodsOutOfItsZone() {
    Fixture cluster = cluster().existing("n2",
        Fixture.pod("loner", Map.of("app", "loner"), affinity(null, required(term("app", "web", ZONE)))));
    assertThat(cluster.feasible(plugin, web(Placement.NONE))).containsExactly("n3", "n4");
    assertThat(cluster.reason(plugin, web(Placement.NONE), "n1"))
        .isEqualTo("node(s) didn't satisfy existing pods anti-affinity rules");
    assertThat(cluster.feasible(plugin, Fixture.pod("other", Map.of("app", "x"), Placement.NONE)))
        .containsExactly("n1", "n2", "n3", "n4");
  }

  @Test
  void reasonsNameTheRuleThatFailed() {
    Fixture cluster = cluster();
    assertThat(cluster.reason(plugin, web(affinity(required(term("app", "cache", ZONE)), null)), "n3"))
        .isEqualTo("node(s) didn't match pod affinity rules");
    assertThat(cluster.reason(plugin, web(affinity(null, required(term("app", "cache", ZONE)))), "n1"))
        .isEqualTo("node(s) didn't match pod anti-affinity rules");
  }

  static Stream<Arguments> scoreCases() {
    return Stream.of(
        Arguments.of("no preferences and no affine pods score every node 0", cluster(), web(Placement.NONE),
            Map.of("n1", 0L, "n2", 0L, "n3", 0L, "n4", 0L)),
        Arguments.of("preferred affinity favours the zone of the match", cluster(),
            web(affinity(preferred(10, term("app", "cache", ZONE)), null)),
            Map.of("n1", 100L, "n2", 100L, "n3", 0L, "n4", 0L)),
        Arguments.of("preferred anti-affinity disfavours the zone of the match", cluster(),
            web(affinity(null, preferred(10, term("app", "cache", ZONE)))),
            Map.of("n1", 0L, "n2", 0L, "n3", 100L, "n4", 100L)),
        Arguments.of("weights of several terms add up per domain", cluster(),
            web(affinity(new PodAffinity(List.of(), List.of(new PodAffinity.Weighted(30, term("app", "cache", ZONE)),
                new PodAffinity.Weighted(10, term("app", "cache", HOST)))), null)),
            Map.of("n1", 100L, "n2", 75L, "n3", 0L, "n4", 0L)),
        Arguments.of("an existing pod's preferred affinity for this pod attracts it", cluster().existing("n3",
            Fixture.pod("fan", Map.of("app", "fan"), affinity(preferred(5, term("app", "web", ZONE)), null))),
            web(Placement.NONE), Map.of("n1", 0L, "n2", 0L, "n3", 100L, "n4", 0L)),
        Arguments.of("an existing pod's required affinity counts with the hard weight", cluster().existing("n2",
            Fixture.pod("needy", Map.of("app", "needy"), affinity(required(term("app", "web", HOST)), null))),
            web(Placement.NONE), Map.of("n1", 0L, "n2", 100L, "n3", 0L, "n4", 0L)),
        Arguments.of("an existing pod's preferred anti-affinity repels it", cluster().existing("n1",
            Fixture.pod("shy", Map.of("app", "shy"), affinity(null, preferred(5, term("app", "web", ZONE))))),
            web(Placement.NONE), Map.of("n1", 0L, "n2", 0L, "n3", 100L, "n4", 100L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreCases")
  void score(String description, Fixture cluster, PodSpec pod, Map<String, Long> expected) {
    assertThat(cluster.scores(plugin, pod)).isEqualTo(expected);
  }
}
