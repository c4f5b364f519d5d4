package io.podsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.Status;
import io.podsim.testing.Runs;
import io.podsim.testing.TestPlugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Invariants over random scenarios, each drawn from the repetition number as seed. */
class SimulationPropertiesTest {
  private static final long GI = 1L << 30;

  private record RandomScenario(List<NodeSpec> nodes, List<PodSpec> pods, long horizon) {
    static RandomScenario draw(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      List<NodeSpec> nodes = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
        long maxPods = 1 + random.nextInt(12);
        nodes.add(new NodeSpec("n" + i, Resources.of(500 + random.nextInt(8000), (1 + random.nextInt(16)) * GI, 0, maxPods),
            Map.of(), List.of(), random.nextInt(10) == 0));
      }
      List<PodSpec> pods = new ArrayList<>();
      long arrival = 0;
      for (int i = 0, n = random.nextInt(400); i < n; i++) {
        arrival += random.nextInt(3) == 0 ? 0 : random.nextLong(5_000_000);
        long duration = random.nextInt(5) == 0 ? PodSpec.NO_DURATION : random.nextLong(60_000_000);
        pods.add(new PodSpec("p" + i, null, Resources.of(random.nextInt(3000), random.nextLong(4 * GI), 0, 0), Map.of(),
            random.nextInt(3), arrival, duration, List.of()));
      }
      long horizon = random.nextBoolean() ? SimulationOptions.NO_HORIZON : random.nextLong(1, 600_000_000);
      return new RandomScenario(nodes, pods, horizon);
    }
  }

  /** Fails the run the moment any node holds more than it can. */
  private static final class CapacityGuard implements SimulationListener {
    private ClusterState cluster;
    private int checks;

    @Override
    public void onStart(ClusterState cluster) {
      this.cluster = cluster;
    }

    @Override
    public void onPodBound(long now, Pod pod) {
      for (int r = 0; r < cluster.schema().size(); r++) {
        assertThat(cluster.requested(r, pod.node()))
            .as("%s on node %d at %d", cluster.schema().name(r), pod.node(), now)
            .isLessThanOrEqualTo(cluster.allocatable(r, pod.node()));
      }
      assertThat(cluster.isCordoned(pod.node())).isFalse();
      checks++;
    }
  }

  @RepeatedTest(40)
  void noNodeIsEverOverCommittedAndEveryPodEndsInExactlyOneState(RepetitionInfo repetition) {
    RandomScenario scenario = RandomScenario.draw(repetition.getCurrentRepetition());
    CapacityGuard guard = new CapacityGuard();
    Runs.Outcome run = Runs.run(withResourceFit(TestPlugins.spreading()), scenario.nodes(), scenario.pods(),
        repetition.getCurrentRepetition(), scenario.horizon(), guard);

    assertThat(guard.checks).isEqualTo(run.result().pods().scheduled());
    assertThat(run.states().keySet())
        .containsExactlyInAnyOrderElementsOf(scenario.pods().stream().map(PodSpec::name).toList());
    assertThat(run.result().pods().total()).isEqualTo(scenario.pods().size());
    assertThat(run.result().pods().sumOfStates()).isEqualTo(scenario.pods().size());
    assertThat(run.result().latency().count()).isEqualTo(run.result().pods().scheduled());
    assertThat(run.result().latencyAllPods().count())
        .isEqualTo(run.result().pods().total() - run.result().pods().notArrived());
    assertThat(run.result().latencyAllPods().max()).isGreaterThanOrEqualTo(run.result().latency().max());
  }

  @RepeatedTest(20)
  void theSameSeedGivesTheSameRun(RepetitionInfo repetition) {
    RandomScenario scenario = RandomScenario.draw(1000 + repetition.getCurrentRepetition());
    Runs.Outcome first = Runs.run(TestPlugins.flat(), scenario.nodes(), scenario.pods(), 99, scenario.horizon());
    Runs.Outcome second = Runs.run(TestPlugins.flat(), scenario.nodes(), scenario.pods(), 99, scenario.horizon());

    assertThat(placements(second)).isEqualTo(placements(first));
    assertThat(second.result().pods()).isEqualTo(first.result().pods());
    assertThat(second.result().utilization()).isEqualTo(first.result().utilization());
    assertThat(second.result().latency()).isEqualTo(first.result().latency());
    assertThat(second.result().simulation().events()).isEqualTo(first.result().simulation().events());
    assertThat(second.result().timeSeries().rows()).usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(first.result().timeSeries().rows());
  }

  private static Map<String, String> placements(Runs.Outcome run) {
    return run.pods().values().stream().collect(Collectors.toMap(p -> p.spec().name(),
        p -> p.node() + "@" + p.bindTime() + "/" + p.endTime() + "/" + run.states().get(p.spec().name())));
  }

  /** The test profile plus a pod-count limit, so random node sizes exercise every resource. */
  private static Profile withResourceFit(Profile base) {
    return Profile.builder(base.name()).plugin(base.queueSort()).plugin(base.filters().get(0))
        .plugin(new PodCountAndCordon())
        .plugin(base.scores().get(0).plugin(), 1).build();
  }

  private static final class PodCountAndCordon implements FilterPlugin {
    private static final Status FULL = Status.unschedulable("Pods", "Too many pods");
    private static final Status CORDONED =
        Status.unresolvable("Pods", "node(s) were unschedulable");

    public String name() {
      return "PodCountAndCordon";
    }

    public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
      if (cluster.isCordoned(node)) {
        return CORDONED;
      }
      int pods = ResourceSchema.PODS_INDEX;
      return cluster.requested(pods, node) < cluster.allocatable(pods, node) ? Status.success() : FULL;
    }
  }
}
