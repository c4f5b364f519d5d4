package io.podsim.policies.nodeaffinity;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.LabelRequirement;
import io.podsim.model.LabelRequirement.Operator;
import io.podsim.model.NodeSelectorTerm;
import io.podsim.model.Placement;
import io.podsim.policies.Fixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeAffinityTest {
  private final NodeAffinity plugin = new NodeAffinity();

  private static Fixture cluster() {
    return new Fixture()
        .node("n1", Map.of("zone", "a", "disk", "ssd", "gen", "3"))
        .node("n2", Map.of("zone", "b", "disk", "hdd", "gen", "5"))
        .node("n3", Map.of("zone", "c", "gen", "x"));
  }

  private static LabelRequirement req(String key, Operator op, String... values) {
    return new LabelRequirement(key, op, List.of(values));
  }

  private static NodeSelectorTerm term(LabelRequirement... expressions) {
    return new NodeSelectorTerm(List.of(expressions), List.of());
  }

  private static Placement required(Map<String, String> nodeSelector, NodeSelectorTerm... terms) {
    var affinity = terms.length == 0 ? null : new io.podsim.model.NodeAffinity(List.of(terms), List.of());
    return new Placement(null, nodeSelector, affinity, null, null, null, null);
  }

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of("a pod without selector or affinity fits every node", required(Map.of()), List.of("n1", "n2", "n3")),
        Arguments.of("nodeSelector keeps the nodes carrying its label", required(Map.of("disk", "ssd")), List.of("n1")),
        Arguments.of("nodeSelector with a value no node has fits nowhere", required(Map.of("disk", "nvme")), List.of()),
        Arguments.of("In matches any listed value", required(Map.of(), term(req("zone", Operator.IN, "a", "c"))),
            List.of("n1", "n3")),
        Arguments.of("NotIn also admits nodes without the key",
            required(Map.of(), term(req("disk", Operator.NOT_IN, "ssd"))), List.of("n2", "n3")),
        Arguments.of("Exists needs the key", required(Map.of(), term(req("disk", Operator.EXISTS))), List.of("n1", "n2")),
        Arguments.of("DoesNotExist needs the key absent", required(Map.of(), term(req("disk", Operator.DOES_NOT_EXIST))),
            List.of("n3")),
        Arguments.of("Gt compares numbers and a non-number never matches",
            required(Map.of(), term(req("gen", Operator.GT, "3"))), List.of("n2")),
        Arguments.of("Lt compares numbers", required(Map.of(), term(req("gen", Operator.LT, "4"))), List.of("n1")),
        Arguments.of("terms are ORed", required(Map.of(), term(req("zone", Operator.IN, "a")),
            term(req("zone", Operator.IN, "b"))), List.of("n1", "n2")),
        Arguments.of("expressions within a term are ANDed",
            required(Map.of(), term(req("zone", Operator.IN, "a", "b"), req("disk", Operator.IN, "hdd"))), List.of("n2")),
        Arguments.of("an empty term matches no node", required(Map.of(), term()), List.of()),
        Arguments.of("matchFields on metadata.name picks nodes by name",
            required(Map.of(), new NodeSelectorTerm(List.of(), List.of(req("metadata.name", Operator.IN, "n3")))),
            List.of("n3")),
        Arguments.of("nodeSelector and required affinity must both hold",
            required(Map.of("gen", "5"), term(req("zone", Operator.IN, "a"))), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String description, Placement placement, List<String> feasible) {
    Fixture cluster = cluster();
    assertThat(cluster.feasible(plugin, Fixture.pod("p", Map.of(), placement))).isEqualTo(feasible);
  }

  static Stream<Arguments> scoreCases() {
    return Stream.of(
        Arguments.of("without preferred terms every node scores 0", List.of(), Map.of("n1", 0L, "n2", 0L, "n3", 0L)),
        Arguments.of("the best-matching node gets 100 and others a share by weight",
            List.of(new io.podsim.model.NodeAffinity.Preferred(20, term(req("disk", Operator.EXISTS))),
                new io.podsim.model.NodeAffinity.Preferred(60, term(req("zone", Operator.IN, "b")))),
            Map.of("n1", 25L, "n2", 100L, "n3", 0L)),
        Arguments.of("a preference no node matches gives every node 0",
            List.of(new io.podsim.model.NodeAffinity.Preferred(5, term(req("zone", Operator.IN, "z")))),
            Map.of("n1", 0L, "n2", 0L, "n3", 0L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreCases")
  void score(String description, List<io.podsim.model.NodeAffinity.Preferred> preferred, Map<String, Long> expected) {
    Placement placement = new Placement(null, null, new io.podsim.model.NodeAffinity(null, preferred), null, null,
        null, null);
    assertThat(cluster().scores(plugin, Fixture.pod("p", Map.of(), placement))).isEqualTo(expected);
  }
}
