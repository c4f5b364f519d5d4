package io.podsim.policies.nodeports;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.Placement;
import io.podsim.model.Placement.HostPort;
import io.podsim.policies.Fixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodePortsTest {
  private static Placement ports(HostPort... ports) {
    return new Placement(null, null, null, null, null, null, List.of(ports));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("a pod without host ports fits", ports(), true),
        Arguments.of("the same port and protocol conflict", ports(new HostPort(8080, "TCP", null)), false),
        Arguments.of("the same port over UDP does not", ports(new HostPort(8080, "UDP", null)), true),
        Arguments.of("another port does not", ports(new HostPort(8081, "TCP", null)), true),
        Arguments.of("a specific IP conflicts with a wildcard binding", ports(new HostPort(8080, "TCP", "10.0.0.1")), false),
        Arguments.of("a specific IP on a port bound to another IP does not",
            ports(new HostPort(9090, "TCP", "10.0.0.2")), true),
        Arguments.of("the same specific IP conflicts", ports(new HostPort(9090, "TCP", "10.0.0.1")), false),
        Arguments.of("one conflicting port among several is enough",
            ports(new HostPort(1, "TCP", null), new HostPort(8080, "TCP", null)), false),
        Arguments.of("SCTP on a TCP port does not conflict", ports(new HostPort(8080, "SCTP", null)), true),
        Arguments.of("a wildcard on a port bound to one IP conflicts", ports(new HostPort(9090, "TCP", "0.0.0.0")), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void filter(String description, Placement placement, boolean fits) {
    Fixture cluster = new Fixture().node("n1", Map.of())
        .existing("n1", Fixture.pod("web", Map.of(), ports(new HostPort(8080, "TCP", null))))
        .existing("n1", Fixture.pod("metrics", Map.of(), ports(new HostPort(9090, "TCP", "10.0.0.1"))));
    List<String> feasible = cluster.feasible(new NodePorts(), Fixture.pod("p", Map.of(), placement));
    assertThat(feasible.contains("n1")).isEqualTo(fits);
  }
}
