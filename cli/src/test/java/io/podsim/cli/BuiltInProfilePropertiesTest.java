package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.workloads.stream.ListPodStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the built-in profiles over random clusters and workloads, one seed per case. */
class BuiltInProfilePropertiesTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.of(List.of("nvidia.com/gpu"));
  private static final long GI = 1L << 30;
  private static final Taint SPOT = new Taint("spot", "true", TaintEffect.NO_SCHEDULE);

  static Stream<Arguments> cases() {
    return Stream.of("least-allocated", "most-allocated")
        .flatMap(profile -> Stream.iterate(1L, s -> s + 1).limit(15).map(seed -> Arguments.of(profile, seed)));
  }

  @ParameterizedTest(name = "{0} on random scenario {1}")
  @MethodSource("cases")
  void nodesStayWithinAllocatableAndEveryPodEndsInExactlyOneState(String profile, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NodeSpec> nodes = nodes(random);
    List<PodSpec> pods = pods(random);
    Guard guard = new Guard();
    MetricsRecorder recorder = new MetricsRecorder(10_000_000L);
    long horizon = random.nextBoolean() ? SimulationOptions.NO_HORIZON : random.nextLong(1, 3_600_000_000L);
    RunStats stats = new Simulation(BuiltInProfiles.create(profile, SCHEMA), SCHEMA, nodes, new ListPodStream(pods),
        new SimulationOptions(seed, horizon, random.nextInt(3) * 500_000L), List.of(recorder, guard)).run();
    RunResult result = recorder.result("random", profile, seed, stats);

    assertThat(guard.finals).hasSize(pods.size());
    assertThat(guard.finals.values()).allSatisfy(count -> assertThat(count).isEqualTo(1));
    assertThat(result.pods().total()).isEqualTo(pods.size());
    assertThat(result.pods().sumOfStates()).isEqualTo(pods.size());
    assertThat(guard.spotViolations).isZero();
    assertThat(result.utilization().values()).allSatisfy(u -> {
      assertThat(u.mean()).isBetween(0.0, 1.0);
      assertThat(u.peak()).isBetween(0.0, 1.0);
    });
  }

  private static List<NodeSpec> nodes(SplittableRandom random) {
    List<NodeSpec> nodes = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
      boolean spot = random.nextInt(4) == 0;
      nodes.add(new NodeSpec("n" + i, Resources.of(1000 + random.nextInt(16_000), (2 + random.nextInt(64)) * GI,
          random.nextInt(100) * GI, 5 + random.nextInt(30), random.nextInt(3)), Map.of(),
          spot ? List.of(SPOT) : List.of(), random.nextInt(12) == 0));
    }
    return nodes;
  }

  private static List<PodSpec> pods(SplittableRandom random) {
    List<PodSpec> pods = new ArrayList<>();
    long arrival = 0;
    for (int i = 0, n = random.nextInt(600); i < n; i++) {
      arrival += random.nextLong(3_000_000);
      boolean tolerant = random.nextBoolean();
      pods.add(new PodSpec("p" + i, null, Resources.of(random.nextInt(4000), random.nextLong(8 * GI),
          random.nextInt(4) == 0 ? random.nextLong(10 * GI) : 0, 0, random.nextInt(6) == 0 ? 1 : 0), Map.of(),
          random.nextInt(4), arrival, random.nextInt(6) == 0 ? PodSpec.NO_DURATION : random.nextLong(600_000_000L),
          tolerant ? List.of(new Toleration("spot", Toleration.Operator.EXISTS, null, null)) : List.of()));
    }
    return pods;
  }

  /** Checks every bind against allocatable and taints, and counts final states per pod. */
  private static final class Guard implements SimulationListener {
    private ClusterState cluster;
    private final Map<Integer, Integer> finals = new HashMap<>();
    private int spotViolations;

    @Override
    public void onStart(ClusterState cluster) {
      this.cluster = cluster;
    }

    @Override
    public void onPodBound(long now, Pod pod) {
      int node = pod.node();
      for (int r = 0; r < SCHEMA.size(); r++) {
        assertThat(cluster.requested(r, node)).as(SCHEMA.name(r)).isLessThanOrEqualTo(cluster.allocatable(r, node));
      }
      assertThat(cluster.isCordoned(node)).isFalse();
      if (cluster.node(node).taints().contains(SPOT) && pod.spec().tolerations().isEmpty()) {
        spotViolations++;
      }
    }

    @Override
    public void onPodFinal(Pod pod, PodOutcome outcome) {
      finals.merge(pod.id(), 1, Integer::sum);
    }
  }
}
