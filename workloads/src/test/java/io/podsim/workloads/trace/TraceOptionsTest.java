package io.podsim.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.scenario.ScenarioFile;
import io.podsim.workloads.stream.ListPodStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TraceOptionsTest {
  /** 100 pods, one every 10 s from 0 s, each running 60 s. */
  private static PodStream trace() {
    return new ListPodStream(IntStream.range(0, 100)
        .mapToObj(i -> PodSpec.of("p" + i, Resources.of(100, 0, 0, 0), i * 10_000_000L, 60_000_000L)).toList());
  }

  /** A csv trace entry with the given options (null: absent). */
  private static ScenarioFile.Trace spec(String start, String end, Double sample, Double timeScale, Long limit,
      Map<String, Double> resourceScale, String owner, String ownerLabel) {
    return new ScenarioFile.Trace("csv", "t", start, end, sample, timeScale, limit, resourceScale, null, null, owner,
        ownerLabel);
  }

  private static List<PodSpec> read(ScenarioFile.Trace spec, long seed) {
    return read(spec, seed, trace());
  }

  private static List<PodSpec> read(ScenarioFile.Trace spec, long seed, PodStream trace) {
    List<PodSpec> pods = new ArrayList<>();
    try (PodStream stream = TraceOptions.of(spec, ResourceSchema.standard(), "workload.trace").apply(trace, seed)) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }

  @Test
  void aWindowKeepsItsArrivalsAndShiftsThemToStartAtZero() {
    List<PodSpec> pods = read(spec("100s", "200s", null, null, null, null, null, null), 1);
    assertThat(pods).extracting(PodSpec::name).containsExactly("p10", "p11", "p12", "p13", "p14", "p15", "p16", "p17",
        "p18", "p19");
    assertThat(pods.get(0).arrival()).isZero();
  }

  @Test
  void aTimeScaleStretchesArrivalsAndRunTimesAlike() {
    PodSpec third = read(spec(null, null, null, 0.5, 3L, null, null, null), 1).get(2);
    assertThat(third.arrival()).isEqualTo(10_000_000L);
    assertThat(third.duration()).isEqualTo(30_000_000L);
  }

  @Test
  void samplingKeepsAboutTheFractionAndRepeatsWithTheSeed() {
    ScenarioFile.Trace half = spec(null, null, 0.5, null, null, null, null, null);
    List<PodSpec> first = read(half, 7);
    assertThat(first.size()).isBetween(35, 65);
    assertThat(read(half, 7)).isEqualTo(first);
    assertThat(read(half, 8)).isNotEqualTo(first);
  }

  @Test
  void aLimitStopsTheTrace() {
    assertThat(read(spec(null, null, null, null, 5L, null, null, null), 1)).hasSize(5);
  }

  @Test
  void resourceScaleMultipliesTheNamedResourcesOnly() {
    ScenarioFile.Trace doubled = spec(null, null, null, null, 2L, Map.of("cpu", 2.5), null, null);
    assertThat(read(doubled, 1)).extracting(pod -> pod.requests().get(ResourceSchema.CPU_INDEX)).containsOnly(250L);
  }

  @Test
  void badOptionsAreUserErrors() {
    assertThatThrownBy(() -> TraceOptions.of(spec(null, null, 1.5, null, null, null, null, null), ResourceSchema.standard(), "w"))
        .isInstanceOf(InputError.class).hasMessage("w.sample: expected a fraction in (0, 1], found 1.5");
    assertThatThrownBy(() -> TraceOptions.of(spec("2h", "1h", null, null, null, null, null, null), ResourceSchema.standard(), "w"))
        .isInstanceOf(InputError.class).hasMessage("w.end: must come after start");
  }

  @Test
  void ownerGivesEveryBarePodTheNamedOwner() {
    assertThat(read(spec(null, null, null, null, null, null, "batch", null), 1)).extracting(PodSpec::owner)
        .containsOnly("batch");
  }

  @Test
  void ownerLabelTakesTheOwnerFromThatLabelAndLeavesPodsWithoutItBare() {
    PodSpec labelled = new PodSpec("a", null, Resources.of(100, 0, 0, 0), Map.of("job", "j1"), 0, 0, 10, List.of());
    PodSpec bare = new PodSpec("b", null, Resources.of(100, 0, 0, 0), Map.of(), 0, 0, 10, List.of());
    assertThat(read(spec(null, null, null, null, null, null, null, "job"), 1, new ListPodStream(List.of(labelled,
        bare)))).extracting(PodSpec::owner).containsExactly("j1", null);
  }

  @Test
  void rescalingKeepsAPodsGpuDemand() {
    PodSpec gpu = new PodSpec("g", null, Resources.of(100, 0, 0, 0), Map.of(), 0, 0, 10, List.of(), null, true, null,
        List.of(), new GpuRequest(1, 500, List.of()));
    assertThat(read(spec(null, null, null, 2.0, null, null, null, null), 1, new ListPodStream(List.of(gpu))).get(0)
        .gpu()).isEqualTo(new GpuRequest(1, 500, List.of()));
  }

  @Test
  void ownerAndOwnerLabelTogetherAreAUserError() {
    assertThatThrownBy(() -> TraceOptions.of(spec(null, null, null, null, null, null, "a", "b"),
        ResourceSchema.standard(), "w")).isInstanceOf(InputError.class)
        .hasMessage("w.ownerLabel: give owner or ownerLabel, not both");
  }
}
