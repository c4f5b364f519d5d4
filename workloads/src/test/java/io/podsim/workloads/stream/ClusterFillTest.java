package io.podsim.workloads.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ClusterFillTest {
  private static final int CPU = ResourceSchema.CPU_INDEX;
  /** Pods asking for 2, 0 and 5 CPUs, each running 60 s. */
  private static final List<PodSpec> POOL = List.of(pod("two", 2000), pod("none", 0), pod("five", 5000));

  private static PodSpec pod(String name, long milliCpu) {
    return PodSpec.of(name, Resources.of(milliCpu, 0, 0, 0), 7_000_000L, 60_000_000L);
  }

  private static List<PodSpec> drawn(long target, long seed) {
    return PodStream.readAll(new ClusterFill(POOL, CPU, "cpu", target, 1_000_000L).open(seed));
  }

  @RepeatedTest(20)
  void podsArriveOneIntervalApartNeverEndAndStopAtThePodThatReachesTheTarget(RepetitionInfo repetition) {
    List<PodSpec> pods = drawn(20_000, repetition.getCurrentRepetition());
    long total = pods.stream().mapToLong(p -> p.requests().get(CPU)).sum();
    long beforeLast = total - pods.get(pods.size() - 1).requests().get(CPU);
    assertThat(total).isGreaterThanOrEqualTo(20_000);
    assertThat(beforeLast).isLessThan(20_000);
    for (int i = 0; i < pods.size(); i++) {
      assertThat(pods.get(i).arrival()).isEqualTo(i * 1_000_000L);
      assertThat(pods.get(i).hasDuration()).isFalse();
      assertThat(pods.get(i).name()).endsWith("-fill-" + i);
    }
  }

  @Test
  void theSameSeedDrawsTheSamePodsAndAnotherSeedOthers() {
    assertThat(drawn(50_000, 3)).isEqualTo(drawn(50_000, 3)).isNotEqualTo(drawn(50_000, 4));
  }

  @Test
  void aPoolThatAsksNothingOfTheResourceIsRefused() {
    assertThatThrownBy(() -> new ClusterFill(List.of(pod("none", 0)), CPU, "cpu", 1, 1)).isInstanceOf(InputError.class)
        .hasMessage("workload.fill: no pod of the workload requests cpu, so no number of pods can fill the cluster"
            + " with it");
  }

  @Test
  void aFillNeedingMoreThanTenMillionPodsIsRefusedWithItsSize() {
    // 7 CPUs over 3 pods: 2.33 per pod on average, so 10^8 CPUs take about 42.9 million pods.
    assertThatThrownBy(() -> new ClusterFill(POOL, CPU, "cpu", 100_000_000_000L, 1)).isInstanceOf(InputError.class)
        .hasMessage("workload.fill: reaching the target takes about 42,857,143 pods, more than the limit of 10,000,000");
  }

  @Test
  void readAllClosesTheStream() {
    boolean[] closed = {false};
    PodStream.readAll(new PodStream() {
      @Override
      public PodSpec next() {
        return null;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    });
    assertThat(closed[0]).isTrue();
  }
}
