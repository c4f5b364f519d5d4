package io.podsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.podsim.testing.Nodes;
import io.podsim.testing.Runs;
import io.podsim.testing.TestPlugins;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One 4-CPU node, a 30 s horizon: a and b (2 CPUs each) bind at 0 s; c (2 CPUs, arrives at 1 s)
 * waits for a to end at 10 s; d (8 CPUs, arrives at 2 s) never fits and is censored at 30 s.
 */
class PodLatenciesTest {
  private static final Runs.Outcome RUN = Runs.run(TestPlugins.spreading(), List.of(Nodes.node("n", 4000, 0)),
      List.of(Nodes.pod("a", 2000, 0, 10), Nodes.pod("b", 2000, 0, 20), Nodes.pod("c", 2000, 1, -1),
          Nodes.pod("d", 8000, 2, -1)), 1, 30_000_000L);

  @Test
  void schedulingLatencyCountsOnlyTheBoundPods() {
    LatencySummary bound = RUN.result().latency();
    assertThat(bound.count()).isEqualTo(3);
    assertThat(bound.mean()).isCloseTo(3.0, within(1e-9));
    assertThat(bound.max()).isEqualTo(9.0);
  }

  @Test
  void latencyOfAllPodsCensorsTheNeverBoundPodAtTheEndOfTheRun() {
    LatencySummary all = RUN.result().latencyAllPods();
    assertThat(all.count()).isEqualTo(4);
    assertThat(all.mean()).isCloseTo((0 + 0 + 9 + 28) / 4.0, within(1e-9));
    assertThat(all.p50()).isEqualTo(0.0);
    assertThat(all.p99()).isEqualTo(28.0);
    assertThat(all.max()).isEqualTo(28.0);
  }

  @Test
  void startedWithinCountsTheNeverStartedPodAsLate() {
    assertThat(RUN.result().startedWithin()).containsExactly(java.util.Map.entry("5s", 0.5));
  }
}
