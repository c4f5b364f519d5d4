package io.podsim.policies.gpu;

import static io.podsim.policies.gpu.GpuCluster.pending;
import static io.podsim.policies.gpu.GpuCluster.share;
import static io.podsim.policies.gpu.GpuCluster.state;
import static io.podsim.policies.gpu.GpuCluster.whole;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.GpuDevices;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each GPU policy's score and GPU choice on nodes worked out by hand. */
class GpuPoliciesTest {
  @Test
  void gpuFitChecksModelFreeGpusAndRoomOnOneGpu() {
    GpuCluster gpus = new GpuCluster();
    int cpuOnly = gpus.node(32_000, 0, null);
    int t4 = gpus.node(32_000, 2, "T4");
    gpus.bind(t4, 1000, share(700), 0);
    GpuFit fit = new GpuFit();
    assertThat(fit.filter(state(1), pending(1000, share(300)), gpus.cluster, cpuOnly).isRejection()).isTrue();
    assertThat(fit.filter(state(1), pending(1000, share(300)), gpus.cluster, t4)).isEqualTo(Status.success());
    assertThat(fit.filter(state(1), pending(1000, whole(2)), gpus.cluster, t4).isRejection()).isTrue();
    assertThat(fit.filter(state(1), pending(1000, new GpuRequest(1, 200, List.of("V100M32"))), gpus.cluster, t4)
        .isRejection()).isTrue();
    assertThat(fit.filter(state(1), pending(1000, GpuRequest.NONE), gpus.cluster, cpuOnly)).isEqualTo(Status.success());
  }

  @Test
  void bestFitPrefersTheNodeLeftFullestAndRescalesMinMax() {
    GpuCluster gpus = new GpuCluster();
    int busy = gpus.node(32_000, 4, "T4");
    gpus.bind(busy, 8000, whole(1), 3).bind(busy, 0, share(500), 2);
    int idle = gpus.node(64_000, 8, "T4");
    GpuBestFit bestFit = new GpuBestFit();
    Pod pod = pending(4000, share(500));
    // busy: (1 − (20000/128000 · ½ + 2000/8000 · ½)) · 100 = 79.7 → 79; idle: (1 − (60000/128000 · ½ + 7500/8000 · ½)) · 100 → 29
    long[] scores = {bestFit.score(state(1), pod, gpus.cluster, busy), bestFit.score(state(1), pod, gpus.cluster, idle)};
    assertThat(scores).containsExactly(79, 29);
    bestFit.normalizeScores(state(1), pod, new int[] {busy, idle}, scores, 2);
    assertThat(scores).containsExactly(100, 0);
  }

  @Test
  void gpuPackingRanksSharedGpusThenUsedNodesThenIdleNodes() {
    GpuCluster gpus = new GpuCluster();
    int idle = gpus.node(64_000, 8, "T4");
    int shared = gpus.node(64_000, 4, "T4");
    gpus.bind(shared, 1000, share(600), 1).bind(shared, 1000, whole(1), 2);
    GpuPacking packing = new GpuPacking();
    assertThat(packing.score(state(1), pending(1000, share(300)), gpus.cluster, idle)).isEqualTo(33 - 8);
    // the least-left GPU that fits is GPU 1 (400 left, 40 %): 100 − 40 / 10 = 96
    assertThat(packing.score(state(1), pending(1000, share(300)), gpus.cluster, shared)).isEqualTo(96);
    // two whole GPUs on a used node: 50 − 2
    assertThat(packing.score(state(1), pending(1000, whole(2)), gpus.cluster, shared)).isEqualTo(48);
    assertThat(packing.score(state(1), pending(1000, GpuRequest.NONE), gpus.cluster, shared)).isZero();
  }

  @Test
  void gpuClusteringGathersPodsOfOneKind() {
    GpuCluster gpus = new GpuCluster();
    int sharesOnly = gpus.node(64_000, 8, "T4");
    gpus.bind(sharesOnly, 1000, share(800), 0).bind(sharesOnly, 1000, share(800), 1).bind(sharesOnly, 1000, share(400), 2);
    int mixed = gpus.node(64_000, 8, "T4");
    gpus.bind(mixed, 1000, share(500), 0).bind(mixed, 1000, whole(1), 1).bind(mixed, 1000, whole(1), 2)
        .bind(mixed, 1000, share(500), 3);
    int cpuPodsOnly = gpus.node(64_000, 8, "T4");
    gpus.bind(cpuPodsOnly, 4000, GpuRequest.NONE);
    int twoGpuPods = gpus.node(64_000, 8, "T4");
    gpus.bind(twoGpuPods, 1000, whole(2), 0, 1);
    GpuClustering clustering = new GpuClustering();
    Pod share = pending(1000, share(300));
    // 25 · (8000 − left) / 8000, integer, plus the band: 75 same kind only, 50 mixed, 25 none, 0 other kinds only
    assertThat(clustering.score(state(1), share, gpus.cluster, sharesOnly)).isEqualTo(25 * 2000 / 8000 + 75);
    assertThat(clustering.score(state(1), share, gpus.cluster, mixed)).isEqualTo(25 * 3000 / 8000 + 50);
    assertThat(clustering.score(state(1), share, gpus.cluster, cpuPodsOnly)).isEqualTo(25);
    assertThat(clustering.score(state(1), share, gpus.cluster, twoGpuPods)).isEqualTo(25 * 2000 / 8000);
  }

  @Test
  void dotProductFavoursNodesWithLessLeft() {
    GpuCluster gpus = new GpuCluster();
    int node = gpus.node(64_000, 4, "T4");
    // (64000/128000)(8000/128000) + (4000/8000)(1000/8000) = 0.09375; (1 − 0.09375 / 2) · 100 = 95.3 → 95
    assertThat(new GpuDotProduct().score(state(1), pending(8000, whole(1)), gpus.cluster, node)).isEqualTo(95);
    assertThat(new GpuDotProduct().score(state(1), pending(80_000, whole(1)), gpus.cluster, node)).isZero();
  }

  @Test
  void randomPicksOneFeasibleNodeAndAFittingGpuFromTheSeed() {
    GpuCluster gpus = new GpuCluster();
    int a = gpus.node(64_000, 4, "T4");
    int b = gpus.node(64_000, 4, "T4");
    gpus.bind(a, 1000, share(900), 0);
    GpuRandom random = new GpuRandom();
    Set<Integer> chosenGpus = new HashSet<>();
    Set<Integer> chosenNodes = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      var state = state(seed);
      Pod pod = pending(1000, share(500));
      random.preScore(state, pod, gpus.cluster, new int[] {a, b}, 2);
      long scoreA = random.score(state, pod, gpus.cluster, a);
      long scoreB = random.score(state, pod, gpus.cluster, b);
      assertThat(scoreA + scoreB).isEqualTo(100);
      chosenNodes.add(scoreA == 100 ? a : b);
      chosenGpus.add(random.reserveGpus(state, pod, gpus.cluster, a)[0]);
    }
    assertThat(chosenNodes).containsExactlyInAnyOrder(a, b);
    assertThat(chosenGpus).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void theDefaultSelectorTakesTheTightestFittingGpuOrTheFirstFreeOnes() {
    GpuCluster gpus = new GpuCluster();
    int node = gpus.node(64_000, 4, "T4");
    gpus.bind(node, 1000, share(300), 0).bind(node, 1000, share(600), 2);
    assertThat(GpuDevices.bestFit(pending(1000, share(350)), gpus.cluster, node))
        .containsExactly(2);
    assertThat(GpuDevices.bestFit(pending(1000, share(500)), gpus.cluster, node))
        .containsExactly(0);
    assertThat(GpuDevices.bestFit(pending(1000, whole(2)), gpus.cluster, node))
        .containsExactly(1, 3);
  }

  @Test
  void theTargetWorkloadKeepsTheMostFrequentShapesUpTo95PercentRenormalized() {
    List<PodSpec> pods = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      pods.add(GpuCluster.pod(1000, share(500)));
    }
    for (int i = 0; i < 36; i++) {
      pods.add(GpuCluster.pod(2000, whole(1)));
    }
    for (int i = 0; i < 4; i++) {
      pods.add(GpuCluster.pod(3000, GpuRequest.NONE));
    }
    TargetWorkload workload = TargetWorkload.of(pods);
    assertThat(workload.shapes()).extracting(e -> e.shape().cpuMilli()).containsExactly(1000L, 2000L);
    assertThat(workload.shapes()).extracting(TargetWorkload.Entry::frequency).containsExactly(60 / 96.0, 36 / 96.0);
  }
}
