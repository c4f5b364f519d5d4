package io.podsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the benchmark body so the benchmark keeps working; speed is measured by JMH only. */
class EventQueueBenchmarkTest {
  @Test
  void holdKeepsThePendingCountAndNeverGoesBackInTime() {
    EventQueueBenchmark benchmark = new EventQueueBenchmark();
    benchmark.pending = 500;
    benchmark.setUp();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < 5_000; i++) {
      long now = benchmark.hold();
      assertThat(now).isGreaterThanOrEqualTo(previous);
      previous = now;
    }
    assertThat(benchmark.queue.size()).isEqualTo(500);
  }
}
