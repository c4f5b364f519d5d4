package io.podsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the benchmark body once per format so the benchmark keeps working; speed is measured by JMH only. */
class TraceReadingBenchmarkTest {
  @ParameterizedTest(name = "the {0} benchmark trace reads back with every row's CPU")
  @ValueSource(strings = {"csv", "alibaba-gpu-2023"})
  void everyRowIsRead(String format) throws IOException {
    TraceReadingBenchmark benchmark = new TraceReadingBenchmark();
    benchmark.format = format;
    benchmark.setUp();
    try {
      long expected = 0;
      for (int i = 0; i < TraceReadingBenchmark.ROWS; i++) {
        expected += format.equals("csv") ? (1 + i % 4) * 250L : (1 + i % 16) * 1000L;
      }
      assertThat(benchmark.readAll()).isEqualTo(expected);
    } finally {
      benchmark.tearDown();
    }
  }
}
