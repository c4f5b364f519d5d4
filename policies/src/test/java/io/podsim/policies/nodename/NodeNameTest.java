package io.podsim.policies.nodename;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.Placement;
import io.podsim.policies.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeNameTest {
  @ParameterizedTest(name = "a pod naming ''{0}'' fits {1}")
  @CsvSource(value = {"NULL, n1;n2;node-10", "n2, n2", "n9, ''", "n1, n1", "node-10, node-10", "N1, ''",
      "node-1, ''", "n, ''", "node-100, ''", "n1.example, ''"}, nullValues = "NULL")
  void aPodNamingANodeFitsOnlyThatNode(String nodeName, String feasible) {
    Fixture cluster = new Fixture().node("n1", Map.of()).node("n2", Map.of()).node("node-10", Map.of());
    Placement placement = new Placement(nodeName, null, null, null, null, null, null);
    List<String> expected = feasible.isEmpty() ? List.of() : List.of(feasible.split(";"));
    assertThat(cluster.feasible(new NodeName(), Fixture.pod("p", Map.of(), placement))).isEqualTo(expected);
    if (nodeName != null && !nodeName.equals("n1")) {
      assertThat(cluster.reason(new NodeName(), Fixture.pod("p", Map.of(), placement), "n1"))
          .isEqualTo("node(s) didn't match the requested node name");
    }
  }
}
