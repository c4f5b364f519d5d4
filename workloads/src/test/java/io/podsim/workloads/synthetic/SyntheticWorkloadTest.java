package io.podsim.workloads.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticWorkloadTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final PodContext CONTEXT =
      new PodContext(SCHEMA, PriorityClasses.of(List.of(), "priorityClasses"), Set.of());

  private static ScenarioFile.Synthetic spec(Long seed, ScenarioFile.DurationDistribution duration) {
    return new ScenarioFile.Synthetic(20_000, seed, "10s", 2.0, null, duration, SHAPES, null, null);
  }

  private static final List<ScenarioFile.Shape> SHAPES = List.of(
      new ScenarioFile.Shape("small", 3.0, Map.of("cpu", "100m"), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
      new ScenarioFile.Shape("large", 1.0, Map.of("cpu", "4"), Map.of("size", "l"), 5, null, null, null, null, null, null, null, null, null, null, null, null, null));
  private static final SyntheticWorkload.TraceRunTimes NO_TRACES = (trace, path) -> {
    throw new AssertionError("no trace expected");
  };

  @Test
  void poissonArrivalsMatchTheRateAndShapesTheirWeights() {
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec(1L, null), CONTEXT, NO_TRACES, "synthetic"), 0);
    assertThat(pods).hasSize(20_000);
    assertThat(pods).isSortedAccordingTo((a, b) -> Long.compare(a.arrival(), b.arrival()));
    assertThat(pods.get(0).arrival()).isGreaterThan(10_000_000L);
    double span = (pods.get(pods.size() - 1).arrival() - 10_000_000L) / 1e6;
    assertThat(pods.size() / span).isCloseTo(2.0, within(0.1));
    long large = pods.stream().filter(p -> p.name().startsWith("large-")).count();
    assertThat(large / 20_000.0).isCloseTo(0.25, within(0.02));
    assertThat(pods).filteredOn(p -> p.name().startsWith("large-"))
        .allSatisfy(p -> assertThat(p.priority()).isEqualTo(5));
    assertThat(pods).allSatisfy(p -> assertThat(p.hasDuration()).isFalse());
  }

  @Test
  void lognormalDurationsHaveTheRequestedMeanAndSpread() {
    var duration = new ScenarioFile.DurationDistribution("lognormal", null, "10m", "20m", null, null, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec(1L, duration), CONTEXT, NO_TRACES, "synthetic"), 0);
    double[] seconds = pods.stream().mapToDouble(p -> p.duration() / 1e6).toArray();
    double mean = Arrays.stream(seconds).average().orElseThrow();
    double variance = Arrays.stream(seconds).map(s -> (s - mean) * (s - mean)).sum() / seconds.length;
    assertThat(mean).isCloseTo(600, within(30.0));
    assertThat(Math.sqrt(variance)).isCloseTo(1200, within(200.0));
  }

  @Test
  void anOwnSeedFixesThePodsWhateverTheRunSeed() {
    SyntheticWorkload fixed = SyntheticWorkload.of(spec(9L, null), CONTEXT, NO_TRACES, "synthetic");
    assertThat(draw(fixed, 1)).isEqualTo(draw(fixed, 2));
    SyntheticWorkload floating = SyntheticWorkload.of(spec(null, null), CONTEXT, NO_TRACES, "synthetic");
    assertThat(draw(floating, 1)).isEqualTo(draw(floating, 1)).isNotEqualTo(draw(floating, 2));
  }

  @Test
  void aNonPositiveRateIsAUserError() {
    var bad = new ScenarioFile.Synthetic(5, 1L, null, 0.0, null, null, SHAPES, null, null);
    assertThatThrownBy(() -> SyntheticWorkload.of(bad, CONTEXT, NO_TRACES, "workload.synthetic")).isInstanceOf(InputError.class)
        .hasMessage("workload.synthetic.arrivalRate: expected pods per second from one in a thousand days to"
            + " 1,000,000 (one a microsecond), found 0.0");
  }

  @Test
  void anUnknownDistributionIsAUserError() {
    var bad = spec(1L, new ScenarioFile.DurationDistribution("weibull", null, "1m", null, null, null, null));
    assertThatThrownBy(() -> SyntheticWorkload.of(bad, CONTEXT, NO_TRACES, "s")).isInstanceOf(InputError.class)
        .hasMessage("s.duration.distribution: expected constant, exponential, lognormal, pareto or empirical, found 'weibull'");
  }

  private static List<PodSpec> draw(SyntheticWorkload workload, long runSeed) {
    List<PodSpec> pods = new ArrayList<>();
    try (PodStream stream = workload.open(runSeed)) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }

  @Test
  void paretoDurationsNeverFallBelowTheScaleAndHaveAHeavyTail() {
    var pareto = new ScenarioFile.DurationDistribution("pareto", null, null, null, "1m", 1.5, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec(1L, pareto), CONTEXT, NO_TRACES, "synthetic"), 0);
    double[] seconds = pods.stream().mapToDouble(p -> p.duration() / 1e6).sorted().toArray();
    assertThat(seconds[0]).isGreaterThanOrEqualTo(60.0);
    // mean of Pareto(60 s, 1.5) is 180 s; the tail reaches far beyond it
    assertThat(Arrays.stream(seconds).average().orElseThrow()).isCloseTo(180, within(40.0));
    assertThat(seconds[seconds.length - 1]).isGreaterThan(6_000);
  }

  @Test
  void aDailyRateCurveShapesArrivalsByTimeOfDay() {
    var curve = List.of(new ScenarioFile.RatePoint("0h", 0.1), new ScenarioFile.RatePoint("12h", 1.0));
    var spec = new ScenarioFile.Synthetic(20_000, 3L, null, null, curve, null, SHAPES, null, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic"), 0);
    long hour = 3_600_000_000L;
    // 0.1 pods/s for the first 12 hours (about 4,320), then 1 pod/s (about 3,600 in the next hour)
    assertThat(pods.stream().filter(p -> p.arrival() < 12 * hour).count()).isBetween(4_000L, 4_650L);
    assertThat(pods.stream().filter(p -> p.arrival() >= 12 * hour && p.arrival() < 13 * hour).count())
        .isBetween(3_350L, 3_850L);
    assertThat(draw(SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic"), 0)).isEqualTo(pods);
  }

  @Test
  void aCurveWithSilentNightsAndABusyAfternoonDrawsOnlyInTheBusyHours() {
    var curve = List.of(new ScenarioFile.RatePoint("0h", 0.0), new ScenarioFile.RatePoint("14h", 1000.0),
        new ScenarioFile.RatePoint("15h", 0.0));
    var spec = new ScenarioFile.Synthetic(50_000, 5L, null, null, curve, null, SHAPES, null, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic"), 0);
    long hour = 3_600_000_000L;
    long day = 24 * hour;
    // 1,000 pods/s from 14h to 15h: 3.6 million a day, so all 50,000 arrive on the first afternoon.
    assertThat(pods).hasSize(50_000).allSatisfy(p -> assertThat(p.arrival() % day).isBetween(14 * hour, 15 * hour));
    assertThat(pods.get(pods.size() - 1).arrival()).isBetween(14 * hour + 45_000_000L, 14 * hour + 55_000_000L);
  }

  @Test
  void aCurveSlowerThanOnePodInAThousandDaysIsAUserError() {
    var curve = List.of(new ScenarioFile.RatePoint("0h", 0.0), new ScenarioFile.RatePoint("23h", 1e-12));
    var spec = new ScenarioFile.Synthetic(10, 5L, null, null, curve, null, SHAPES, null, null);
    assertThatThrownBy(() -> SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic")).isInstanceOf(InputError.class)
        .hasMessageContaining("synthetic.rateCurve: the curve brings 3.6E-9 pods a day, fewer than one in a thousand days");
  }

  @Test
  void aSlowCurveSkipsWholeDaysInsteadOfWalkingThem() {
    var curve = List.of(new ScenarioFile.RatePoint("0h", 0.0), new ScenarioFile.RatePoint("23h", 1e-6));
    var spec = new ScenarioFile.Synthetic(1_000, 5L, null, null, curve, null, SHAPES, null, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic"), 0);
    long hour = 3_600_000_000L;
    // 0.0036 pods a day, all between 23h and midnight of some day
    assertThat(pods).hasSize(1_000).allSatisfy(p -> assertThat(p.arrival() % (24 * hour)).isGreaterThanOrEqualTo(23 * hour));
  }

  @Test
  void aRateBeyondOnePodAMicrosecondIsAUserError() {
    var curve = List.of(new ScenarioFile.RatePoint("0h", 2e6));
    var spec = new ScenarioFile.Synthetic(10, 5L, null, null, curve, null, SHAPES, null, null);
    assertThatThrownBy(() -> SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic")).isInstanceOf(InputError.class)
        .hasMessage("synthetic.rateCurve[0]: expected a time of day below 24h and a rate from 0 to 1,000,000 pods per"
            + " second");
  }

  @Test
  void moreThanAHundredMillionPodsAreRefusedWithTheirNumber() {
    var spec = new ScenarioFile.Synthetic(150_000_000, 5L, null, 1.0, null, null, SHAPES, null, null);
    assertThatThrownBy(() -> SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic")).isInstanceOf(InputError.class)
        .hasMessage("synthetic: asks for 150,000,000 pods, more than the limit of 100,000,000");
  }

  @Test
  void burstsAddTheirPodsWithinTheirWindowsAndLeaveTheBaseArrivalsAsTheyWere() {
    var bursts = List.of(new ScenarioFile.Burst("1h", 500, "1m", "6h", 3));
    var withBursts = new ScenarioFile.Synthetic(1_000, 4L, null, 0.1, null, null, SHAPES, bursts, null);
    List<PodSpec> pods = draw(SyntheticWorkload.of(withBursts, CONTEXT, NO_TRACES, "synthetic"), 0);
    assertThat(pods).hasSize(2_500).extracting(PodSpec::arrival).isSorted();
    List<PodSpec> burst = pods.stream().filter(p -> p.name().startsWith("burst0-")).toList();
    assertThat(burst).hasSize(1_500);
    for (int k = 0; k < 3; k++) {
      long from = (1 + 6L * k) * 3_600_000_000L;
      assertThat(burst.subList(500 * k, 500 * (k + 1))).allSatisfy(p ->
          assertThat(p.arrival()).isBetween(from, from + 60_000_000L));
    }
    var without = new ScenarioFile.Synthetic(1_000, 4L, null, 0.1, null, null, SHAPES, null, null);
    assertThat(pods.stream().filter(p -> !p.name().startsWith("burst")).toList())
        .isEqualTo(draw(SyntheticWorkload.of(without, CONTEXT, NO_TRACES, "synthetic"), 0));
    assertThat(draw(SyntheticWorkload.of(withBursts, CONTEXT, NO_TRACES, "synthetic"), 0)).isEqualTo(pods);
  }

  @Test
  void overlappingRepeatedBurstsAreAUserError() {
    var bursts = List.of(new ScenarioFile.Burst("1h", 10, "10m", "5m", 2));
    var spec = new ScenarioFile.Synthetic(10, 1L, null, 0.1, null, null, SHAPES, bursts, null);
    assertThatThrownBy(() -> SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "s")).isInstanceOf(InputError.class)
        .hasMessage("s.bursts[0].every: repeated bursts need every > over, so that they do not overlap");
  }

  @Test
  void replicatedServicesArriveWholeOwnedAndLabelledByInstance() {
    var web = new ScenarioFile.Shape(null, null, Map.of("cpu", "1"), Map.of("tier", "web"), null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    var services = List.of(new ScenarioFile.Service("web", 3, 4, "30s", "10m", null, web));
    var spec = new ScenarioFile.Synthetic(0, 1L, null, null, null, null, null, null, services);
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec, CONTEXT, NO_TRACES, "synthetic"), 0);
    assertThat(pods).hasSize(12);
    assertThat(pods.subList(4, 8)).allSatisfy(p -> {
      assertThat(p.owner()).isEqualTo("web-1");
      assertThat(p.labels()).containsEntry("tier", "web").containsEntry(ReplicatedService.SERVICE_LABEL, "web-1");
      assertThat(p.arrival()).isEqualTo(630_000_000L);
      assertThat(p.hasDuration()).isFalse();
    });
    assertThat(pods).extracting(PodSpec::name).contains("web-0-0", "web-2-3");
  }

  @Test
  void empiricalDurationsAreDrawnFromTheTracesRunTimes() {
    long[] recorded = {60_000_000L, 600_000_000L, 3_600_000_000L};
    var trace = new ScenarioFile.Trace("csv", "t.csv", null, null, null, null, null, null, null, null, null, null);
    var empirical = new ScenarioFile.DurationDistribution("empirical", null, null, null, null, null, trace);
    SyntheticWorkload.TraceRunTimes traces = (given, path) -> {
      assertThat(given).isSameAs(trace);
      assertThat(path).isEqualTo("synthetic.duration.trace");
      return recorded;
    };
    List<PodSpec> pods = draw(SyntheticWorkload.of(spec(2L, empirical), CONTEXT, traces, "synthetic"), 0);
    assertThat(pods).extracting(PodSpec::duration).containsOnly(60_000_000L, 600_000_000L, 3_600_000_000L);
    long hours = pods.stream().filter(p -> p.duration() == 3_600_000_000L).count();
    assertThat(hours / 20_000.0).isCloseTo(1 / 3.0, within(0.02));
  }
}
