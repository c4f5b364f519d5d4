package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.cli.bench.BenchWorkload;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(basic.has("kubeSchedulerThreshold")).isTrue();
    assertThat(basic.has("ratio")).isTrue();
  }

  @Test
  void fullWorkloadsFollowSchedulerPerfAndCarryKnownThresholds() {
    assertThat(BenchWorkload.full()).extracting(BenchWorkload::name).contains("SchedulingBasic/5000Nodes",
        "SchedulingPodAntiAffinity/5000Nodes", "SchedulingPodAffinity/5000Nodes", "TopologySpreading/5000Nodes");
    assertThat(BenchWorkload.full().get(0).threshold()).isEqualTo(680.0);
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
}
