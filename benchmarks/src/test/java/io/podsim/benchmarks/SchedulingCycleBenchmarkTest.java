package io.podsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the benchmark body once so the benchmark keeps working; speed is measured by JMH only. */
class SchedulingCycleBenchmarkTest {
  @ParameterizedTest(name = "{0} places the probe pod on a node")
  @ValueSource(strings = {"least-allocated", "most-allocated"})
  void theBenchmarkPlacesThePod(String profile) {
    SchedulingCycleBenchmark benchmark = new SchedulingCycleBenchmark();
    benchmark.nodes = 200;
    benchmark.profile = profile;
    benchmark.setUp();
    assertThat(benchmark.scheduleOne()).isBetween(0, 199);
  }
}
