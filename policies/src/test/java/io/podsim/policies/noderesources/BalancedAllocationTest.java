package io.podsim.policies.noderesources;

import static io.podsim.policies.PodsAndNodes.cluster;
import static io.podsim.policies.PodsAndNodes.place;
import static io.podsim.policies.PodsAndNodes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.CycleState;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BalancedAllocationTest {
  private final NodeResourcesBalancedAllocation plugin = new NodeResourcesBalancedAllocation(ResourceWeight.cpuAndMemory());

  static Stream<Arguments> cases() {
    return Stream.of(
        // shares 0.25 and 0.2: deviation 0.025 → 97.5 → 97
        Arguments.of("close cpu and memory shares score high", new long[] {0, 0}, new long[] {1000, 2000}, 97L),
        // shares 0.75 and 0.2: deviation 0.275 → 72.5 → 72
        Arguments.of("the node's existing requests count", new long[] {2000, 0}, new long[] {1000, 2000}, 72L),
        Arguments.of("equal shares score 100", new long[] {0, 0}, new long[] {2000, 5000}, 100L),
        // shares capped at 1: 1 and 0.1 → deviation 0.45 → 55
        Arguments.of("a share above the node is capped at one", new long[] {0, 0}, new long[] {8000, 1000}, 55L),
        // shares 0.5 and 0.5 once the pod lands on a half-full node
        Arguments.of("existing load that evens out the shares scores 100", new long[] {1000, 2500},
            new long[] {1000, 2500}, 100L),
        // shares 1 and 0: the worst imbalance
        Arguments.of("all cpu and no memory scores 50", new long[] {0, 0}, new long[] {4000, 0}, 50L),
        // shares 0 and 0.5 → deviation 0.25 → 75
        Arguments.of("memory only scores by its share", new long[] {0, 0}, new long[] {0, 5000}, 75L),
        // shares 0.125 and 0.1 → deviation 0.0125 → 98.75 → 98
        Arguments.of("the score truncates rather than rounds", new long[] {0, 0}, new long[] {500, 1000}, 98L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void score(String description, long[] onNode, long[] request, long expected) {
    ClusterState cluster = cluster(4000, 10000, 0, 110, 0);
    place(cluster, onNode[0], onNode[1], 0, 0, 0);
    assertThat(plugin.score(new CycleState(new SplittableRandom(1)), pod(request[0], request[1], 0, 0, 0), cluster, 0)).isEqualTo(expected);
  }

  @Test
  void aPodRequestingNeitherCpuNorMemoryIsSkipped() {
    Pod bestEffort = pod(0, 0, 0, 0, 0);
    assertThat(plugin.preScore(new CycleState(new SplittableRandom(1)), bestEffort, cluster(4000, 10000, 0, 110, 0), new int[] {0}, 1).isSkip())
        .isTrue();
  }

  @Test
  void moreThanTwoResourcesUseTheStandardDeviation() {
    NodeResourcesBalancedAllocation three = new NodeResourcesBalancedAllocation(List.of(new ResourceWeight(ResourceSchema.CPU_INDEX, 1),
        new ResourceWeight(ResourceSchema.MEMORY_INDEX, 1), new ResourceWeight(ResourceSchema.EPHEMERAL_STORAGE_INDEX, 1)));
    // shares 0.5, 0.5, 0.2: mean 0.4, variance (0.01 + 0.01 + 0.04) / 3 = 0.02 → deviation 0.1414 → 85
    long score = three.score(new CycleState(new SplittableRandom(1)), pod(2000, 5000, 20, 0, 0), cluster(4000, 10000, 100, 110, 0), 0);
    assertThat(score).isEqualTo(85L);
  }

  /**
   * kube-scheduler's balancedResourceScorer over calculateResourceAllocatableRequest's (0, 0) for an
   * extended resource the pod does not request. Node 4000m cpu, 10000 bytes, 8 GPUs; resources cpu,
   * memory and nvidia.com/gpu.
   */
  static Stream<Arguments> extendedCases() {
    return Stream.of(
        // shares 0.25 and 0.5, the GPU left out: deviation 0.125 → 87 (with the GPU's 0: 79)
        Arguments.of("a GPU the pod does not request is left out", new long[] {1000, 5000, 0, 0, 0}, 87L),
        // shares 0.25, 0.5 and 0.5: mean 5/12, deviation 0.1179 → 88
        Arguments.of("a GPU the pod requests counts", new long[] {1000, 5000, 0, 0, 4}, 88L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extendedCases")
  void anExtendedResourceCountsOnlyWhenThePodRequestsIt(String description, long[] requests, long expected) {
    ClusterState cluster = cluster(4000, 10000, 0, 110, 8);
    NodeResourcesBalancedAllocation balanced = new NodeResourcesBalancedAllocation(List.of(new ResourceWeight(0, 1),
        new ResourceWeight(1, 1), new ResourceWeight(4, 1)));
    assertThat(balanced.score(new CycleState(new SplittableRandom(1)), pod(requests), cluster, 0)).isEqualTo(expected);
  }
}
