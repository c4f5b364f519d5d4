package io.podsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the benchmark body once per variant so the benchmark keeps working; speed is measured by JMH only. */
class SchedulingCycleBenchmarkTest {
  static Stream<Arguments> variants() {
    return Stream.of("least-allocated", "kube-default").flatMap(profile -> Stream.of(SchedulingCycleBenchmark.Term
        .values()).map(term -> Arguments.of(profile, term)));
  }

  @ParameterizedTest(name = "{0} with {1} places the probe pod on a node")
  @MethodSource("variants")
  void theBenchmarkPlacesThePod(String profile, SchedulingCycleBenchmark.Term term) {
    SchedulingCycleBenchmark benchmark = new SchedulingCycleBenchmark();
    benchmark.nodes = 300;
    benchmark.profile = profile;
    benchmark.term = term;
    benchmark.setUp();
    assertThat(benchmark.scheduleOne()).isBetween(0, 299);
  }
}
