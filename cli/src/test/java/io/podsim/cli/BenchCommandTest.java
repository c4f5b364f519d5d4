package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.cli.bench.BenchHarness;
import io.podsim.cli.bench.BenchWorkload;
import io.podsim.reports.Metrics;
import io.podsim.reports.SummaryFields;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench harness runs and writes its contract; speed itself is never asserted. */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void aQuickBenchOfOneWorkloadWritesBenchJson() throws Exception {
    Cli cli = Cli.run("bench", "--quick", "--workload", "SchedulingBasic", "--out", dir.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode bench = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
    assertThat(bench).hasSize(1);
    JsonNode basic = bench.get(0);
    assertThat(basic.get("workload").asText()).isEqualTo("SchedulingBasic/500Nodes");
    assertThat(basic.get("nodes").asInt()).isEqualTo(500);
    assertThat(basic.get("pods").asInt()).isEqualTo(1500);
    for (String field : new String[] {"podsPerSecond", "eventsPerSecond", "peakHeapBytes"}) {
      assertThat(basic.get(field).asDouble()).as(field).isPositive();
    }
    assertThat(basic.get("kubeSchedulerThreshold").asDouble()).isEqualTo(680.0);
    assertThat(basic.get("ratio").asDouble())
        .isCloseTo(basic.get("podsPerSecond").asDouble() / 680.0, within(1e-6));
    assertThat(basic.get("runs").asInt()).isEqualTo(5);
  }

  @Test
  void inProcessRunsMeasureTheSameWorkloads() throws Exception {
    Cli cli = Cli.run("bench", "--quick", "--in-process", "--repeat", "1", "--workload", "TopologySpreading",
        "--out", dir.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode bench = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
    assertThat(bench).hasSize(1);
    assertThat(bench.get(0).get("workload").asText()).isEqualTo("TopologySpreading/500Nodes");
    assertThat(bench.get(0).get("runs").asInt()).isEqualTo(1);
    assertThat(bench.get(0).get("podsPerSecond").asDouble()).isPositive();
  }

  @Test
  void theMedianRunIsReportedWithTheHighestPeakHeap() {
    List<BenchHarness.Result> runs = List.of(result(300, 10), result(100, 30), result(200, 20), result(400, 5));
    BenchHarness.Result median = BenchHarness.median(runs);
    assertThat(median.podsPerSecond()).isEqualTo(200);
    assertThat(median.eventsPerSecond()).isEqualTo(2000);
    assertThat(median.peakHeapBytes()).isEqualTo(30);
    assertThat(median.runs()).isEqualTo(4);
  }

  @Test
  void runsOfEveryForkMakeUpTheMedian() throws Exception {
    Cli cli = Cli.run("bench", "--quick", "--forks", "2", "--repeat", "2", "--workload", "SchedulingBasic",
        "--out", dir.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode bench = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
    assertThat(bench.get(0).get("runs").asInt()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"--repeat, 0, '--repeat: expected 1 or more, found 0'",
      "--forks, 0, '--forks: expected 1 or more, found 0'",
      "--warmup-seconds, -1, '--warmup-seconds: expected 0 or more, found -1.0'"})
  void anOptionOutOfRangeIsAUserError(String option, String value, String message) {
    Cli cli = Cli.run("bench", "--quick", option, value, "--out", dir.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(message);
  }

  private static BenchHarness.Result result(double podsPerSecond, long heap) {
    return new BenchHarness.Result("w", 1, 1, podsPerSecond, podsPerSecond * 10, heap, null, null, 1);
  }

  @Test
  void fullWorkloadsFollowSchedulerPerfAndCarryKnownThresholds() {
    assertThat(BenchWorkload.full()).extracting(BenchWorkload::name).contains("SchedulingBasic/5000Nodes",
        "SchedulingPodAntiAffinity/5000Nodes", "SchedulingPodAffinity/5000Nodes", "TopologySpreading/5000Nodes");
    assertThat(BenchWorkload.full().get(0).threshold()).isEqualTo(680.0);
    assertThat(BenchWorkload.full()).filteredOn(w -> w.threshold() == null).extracting(BenchWorkload::name)
        .containsExactly("PreemptionBasic/500Nodes", "Unschedulable/5000Nodes/200InitPods");
    assertThat(BenchWorkload.quick()).filteredOn(w -> w.threshold() == null).extracting(BenchWorkload::name)
        .containsExactly("PreemptionBasic/500Nodes", "Unschedulable/500Nodes/200InitPods");
    assertThat(BenchWorkload.full().get(0).podSpecs()).hasSize(2000);
  }

  @Test
  void mixedChurnInterleavesUnschedulableHighPriorityPodsWithTheMeasuredOnes() throws Exception {
    BenchWorkload churn = BenchWorkload.full().stream().filter(w -> w.shape() == BenchWorkload.Shape.MIXED_CHURN)
        .findFirst().orElseThrow();
    assertThat(churn.podSpecs()).hasSize(2020);
    assertThat(churn.podSpecs()).extracting(p -> p.arrival()).isSorted();
    assertThat(churn.podSpecs()).filteredOn(p -> p.name().startsWith("churn-"))
        .allSatisfy(p -> assertThat(p.requests().get(0)).isEqualTo(9000));
    Cli cli = Cli.run("bench", "--quick", "--workload", "SchedulingWithMixedChurn", "--out", dir.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode run = new ObjectMapper().readTree(dir.resolve("bench.json").toFile()).get(0);
    assertThat(run.get("pods").asInt()).isEqualTo(1010);
    assertThat(run.get("podsPerSecond").asDouble()).isPositive();
  }

  @Test
  void anUnknownWorkloadIsAUserError() {
    Cli cli = Cli.run("bench", "--quick", "--workload", "Nope", "--out", dir.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no workload matches [Nope]");
  }

  @Test
  void everyBenchMetricIsAFieldOfTheBenchResultAsBenchJsonNamesIt() {
    List<String> fields = Arrays.stream(BenchHarness.Result.class.getRecordComponents())
        .map(RecordComponent::getName).toList();
    assertThat(Metrics.BENCH).allSatisfy(metric -> assertThat(fields).contains(metric.path()));
    assertThat(fields).contains(SummaryFields.WORKLOAD);
  }
}
