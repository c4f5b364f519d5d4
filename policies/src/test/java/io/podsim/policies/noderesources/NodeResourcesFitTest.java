package io.podsim.policies.noderesources;

import static io.podsim.policies.PodsAndNodes.SCHEMA;
import static io.podsim.policies.PodsAndNodes.cluster;
import static io.podsim.policies.PodsAndNodes.place;
import static io.podsim.policies.PodsAndNodes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.Status;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeResourcesFitTest {
  private static final long MI = 1L << 20;

  private static final String FITS = "";
  private static final Status.Code SHORT = Status.Code.UNSCHEDULABLE;
  /** A request beyond the node's whole allocatable: evicting its pods cannot help, so preemption skips it. */
  private static final Status.Code BEYOND = Status.Code.UNSCHEDULABLE_AND_UNRESOLVABLE;

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of("a pod that uses exactly the free cpu fits", new long[] {1000, 0, 0, 0, 0}, FITS, null),
        Arguments.of("a pod asking one millicore more than free does not fit", new long[] {1001, 0, 0, 0, 0},
            "Insufficient cpu", SHORT),
        Arguments.of("memory is checked like cpu", new long[] {0, 3 * MI, 0, 0, 0}, "Insufficient memory", SHORT),
        Arguments.of("a request beyond the node's allocatable is unresolvable", new long[] {4001, 0, 0, 0, 0},
            "Insufficient cpu", BEYOND),
        Arguments.of("ephemeral storage is checked too", new long[] {0, 0, 11, 0, 0}, "Insufficient ephemeral-storage",
            BEYOND),
        Arguments.of("an extended resource the node lacks never fits", new long[] {0, 0, 0, 0, 1},
            "Insufficient nvidia.com/gpu", BEYOND),
        Arguments.of("the first shortage is named, unresolvable when a later one is beyond allocatable",
            new long[] {1001, 0, 11, 0, 0}, "Insufficient cpu", BEYOND),
        Arguments.of("a pod with no requests fits a busy node", new long[] {0, 0, 0, 0, 0}, FITS, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String description, long[] requests, String expectedReason, Status.Code expectedCode) {
    ClusterState cluster = cluster(4000, 4 * MI, 10, 110, 0);
    place(cluster, 3000, 2 * MI, 0, 0, 0);
    Status status = fit(ScoringStrategy.LEAST_ALLOCATED).filter(new CycleState(new SplittableRandom(1)), pod(requests), cluster, 0);
    assertThat(status.isSuccess() ? FITS : status.reason()).isEqualTo(expectedReason);
    if (!status.isSuccess()) {
      assertThat(status.plugin()).isEqualTo("NodeResourcesFit");
      assertThat(status.code()).isEqualTo(expectedCode);
    }
  }

  @ParameterizedTest(name = "a node holding {0} of 3 allowed pods {1}")
  @MethodSource("podCountCases")
  void theNodesPodLimitCounts(int placed, String verdict) {
    ClusterState cluster = cluster(4000, 4 * MI, 0, 3, 0);
    for (int i = 0; i < placed; i++) {
      place(cluster, 0, 0, 0, 0, 0);
    }
    Status status = fit(ScoringStrategy.LEAST_ALLOCATED).filter(new CycleState(new SplittableRandom(1)), pod(0, 0, 0, 0, 0), cluster, 0);
    assertThat(status.isSuccess() ? "takes one more" : status.reason()).isEqualTo(verdict);
  }

  static Stream<Arguments> podCountCases() {
    return Stream.of(Arguments.of(2, "takes one more"), Arguments.of(3, "Too many pods"));
  }

  static Stream<Arguments> scoreCases() {
    return Stream.of(
        // cpu (4000-1000)/4000 = 75, memory (10000-2000)/10000 = 80 → (75+80)/2
        Arguments.of("least allocated averages the free share of cpu and memory", ScoringStrategy.LEAST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 0}, 77L),
        Arguments.of("most allocated averages the used share of cpu and memory", ScoringStrategy.MOST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 0}, 22L),
        // a pod without requests counts as 100m and 200Mi when scoring; 200Mi exceeds the 10000 bytes
        Arguments.of("least allocated scores a request beyond allocatable as zero", ScoringStrategy.LEAST_ALLOCATED,
            new long[] {0, 0, 0, 0, 0}, 48L),
        Arguments.of("most allocated caps a request beyond allocatable at full", ScoringStrategy.MOST_ALLOCATED,
            new long[] {0, 0, 0, 0, 0}, 51L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreCases")
  void score(String description, ScoringStrategy strategy, long[] requests, long expected) {
    ClusterState cluster = cluster(4000, 10000, 0, 110, 0);
    assertThat(fit(strategy).score(new CycleState(new SplittableRandom(1)), pod(requests), cluster, 0)).isEqualTo(expected);
  }

  /**
   * kube-scheduler's resourceAllocationScorer.score with calculateResourceAllocatableRequest: an
   * extended resource the pod does not request is left out of the weighted mean, weight and all.
   * Node: 4000m cpu, 10000 bytes memory, 8 GPUs; weights cpu 1, memory 5, nvidia.com/gpu 3.
   */
  static Stream<Arguments> extendedResourceCases() {
    return Stream.of(
        // cpu 75, memory 80; the GPU is bypassed: (75 + 5 × 80) / 6 = 79 (counting it: (75 + 400 + 300) / 9 = 86)
        Arguments.of("least allocated leaves out a GPU the pod does not request", ScoringStrategy.LEAST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 0}, 79L),
        // cpu 75, memory 80, GPU (8 − 2) / 8 = 75: (75 + 400 + 225) / 9 = 77
        Arguments.of("least allocated counts a GPU the pod requests", ScoringStrategy.LEAST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 2}, 77L),
        // cpu 25, memory 20: (25 + 100) / 6 = 20 (counting the idle GPU: 125 / 9 = 13)
        Arguments.of("most allocated leaves it out too", ScoringStrategy.MOST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 0}, 20L),
        // cpu 25, memory 20, GPU 25: (25 + 100 + 75) / 9 = 22
        Arguments.of("most allocated counts a requested GPU", ScoringStrategy.MOST_ALLOCATED,
            new long[] {1000, 2000, 0, 0, 2}, 22L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extendedResourceCases")
  void anExtendedResourceCountsOnlyWhenThePodRequestsIt(String description, ScoringStrategy strategy, long[] requests,
      long expected) {
    ClusterState cluster = cluster(4000, 10000, 0, 110, 8);
    NodeResourcesFit fit = new NodeResourcesFit(SCHEMA, strategy, List.of(new ResourceWeight(0, 1),
        new ResourceWeight(1, 5), new ResourceWeight(SCHEMA.indexOf("nvidia.com/gpu"), 3)));
    assertThat(fit.score(new CycleState(new SplittableRandom(1)), pod(requests), cluster, 0)).isEqualTo(expected);
  }

  private static NodeResourcesFit fit(ScoringStrategy strategy) {
    return new NodeResourcesFit(SCHEMA, strategy, ResourceWeight.cpuAndMemory());
  }
}
