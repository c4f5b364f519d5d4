package io.podsim.policies.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fragmentation function and FGD's score on nodes small enough to work out by hand. */
class FragmentationTest {
  /** 50 % shares of half a GPU, 30 % one whole GPU, 20 % CPU-only pods. */
  static final TargetWorkload WORKLOAD = new TargetWorkload(List.of(
      new TargetWorkload.Entry(new GpuPodShape(1000, 500, 1, List.of()), 0.5),
      new TargetWorkload.Entry(new GpuPodShape(1000, 1000, 1, List.of()), 0.3),
      new TargetWorkload.Entry(new GpuPodShape(2000, 0, 0, List.of()), 0.2)));

  @Test
  void eachShapeCountsTheIdleThousandthsItCannotUseWeightedByItsFrequency() {
    GpuNode node = new GpuNode(8000, new int[] {1000, 300, 600}, "T4");
    // shares: 300 too small (0.5 × 300); whole GPU: 300 + 600 (0.3 × 900); CPU-only: all 1900 (0.2 × 1900)
    assertThat(Fragmentation.of(node, WORKLOAD)).isCloseTo(150 + 270 + 380, within(1e-9));
  }

  @Test
  void whenAShapeLacksCpuAllIdleGpuIsFragmentForIt() {
    GpuNode starved = new GpuNode(500, new int[] {1000, 300, 600}, "T4");
    assertThat(Fragmentation.of(starved, WORKLOAD)).isCloseTo(1900, within(1e-9));
  }

  @Test
  void aShapeForAnotherModelCountsAllIdleGpuAndANodeWithoutGpusHasNone() {
    TargetWorkload v100Only = new TargetWorkload(List.of(
        new TargetWorkload.Entry(new GpuPodShape(1000, 500, 1, List.of("V100M16", "V100M32")), 1.0)));
    assertThat(Fragmentation.of(new GpuNode(8000, new int[] {1000, 300}, "T4"), v100Only)).isEqualTo(1300);
    assertThat(Fragmentation.of(new GpuNode(8000, new int[] {1000, 300}, "V100M32"), v100Only)).isEqualTo(300);
    assertThat(Fragmentation.of(new GpuNode(8000, new int[0], null), WORKLOAD)).isZero();
  }

  @Test
  void fgdPutsAShareWhereItLowersFragmentationMost() {
    GpuNode node = new GpuNode(8000, new int[] {1000, 300, 600}, "T4");
    Fgd fgd = new Fgd(WORKLOAD);
    // on GPU 0: 850 after (−50 → 100·sigmoid(−0.05) = 48); on GPU 2: 600 after (+200 → 100·sigmoid(0.2) = 54)
    assertThat(fgd.best(node, new GpuPodShape(1000, 500, 1, List.of()))).containsExactly(54, 2);
    assertThat(Fgd.score(800, 850)).isEqualTo(48);
  }

  @Test
  void fgdScoresWholeGpusOnTheFreeOnesAndSelectsTheFirstFree() {
    GpuCluster gpus = new GpuCluster();
    int node = gpus.node(32_000, 4, "T4");
    gpus.bind(node, 1000, GpuCluster.share(700), 0);
    Fgd fgd = new Fgd(WORKLOAD);
    assertThat(fgd.reserveGpus(GpuCluster.state(1), GpuCluster.pending(1000, GpuCluster.whole(2)), gpus.cluster, node))
        .containsExactly(1, 2);
    // before: shares 0.5 × 300, whole 0.3 × 300, CPU-only 0.2 × 3300 = 900;
    // after taking GPUs 1 and 2: 0.5 × 300 + 0.3 × 300 + 0.2 × 1300 = 500, a decrease of 400: 100·sigmoid(0.4) = 59
    assertThat(fgd.score(GpuCluster.state(1), GpuCluster.pending(1000, GpuCluster.whole(2)), gpus.cluster, node))
        .isEqualTo(59);
  }
}
