package io.podsim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedStatisticsTest {
  @Test
  void theIntervalUsesStudentsTDistribution() {
    ObjectNode interval = SeedStatistics.interval(new double[] {1, 2, 3, 4});
    // mean 2.5, sd 1.29099, t(3, 0.975) = 3.18245 → half-width 2.05426
    assertThat(interval.get("mean").asDouble()).isEqualTo(2.5);
    assertThat(interval.get("stddev").asDouble()).isCloseTo(1.29099, within(1e-5));
    assertThat(interval.get("ci95Low").asDouble()).isCloseTo(0.44574, within(1e-5));
    assertThat(interval.get("ci95High").asDouble()).isCloseTo(4.55426, within(1e-5));
  }

  @Test
  void aggregatedSummariesKeepTheirShapeWithMeansAndStatistics() {
    List<JsonNode> perSeed = List.of(summary("a", 1, 0.5, 10), summary("a", 2, 0.7, 20));
    ObjectNode mean = SeedStatistics.aggregate(perSeed);
    assertThat(mean.at("/utilization/cpu/mean").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(mean.at("/pods/total").asDouble()).isEqualTo(15);
    assertThat(mean.get("seeds")).extracting(JsonNode::asLong).containsExactly(1L, 2L);
    assertThat(mean.has("seed")).isFalse();
    assertThat(mean.at("/statistics/utilization.cpu.mean/n").asLong()).isEqualTo(2);
    assertThat(mean.at("/unschedulableReasons/Insufficient cpu").asDouble()).isEqualTo(0.5);
  }

  @Test
  void pairedDifferencesSayWhetherTheirIntervalExcludesZero() {
    Map<String, List<JsonNode>> byProfile = new LinkedHashMap<>();
    byProfile.put("a", List.of(summary("a", 1, 0.5, 10), summary("a", 2, 0.6, 10), summary("a", 3, 0.7, 10)));
    byProfile.put("b", List.of(summary("b", 1, 0.6, 10), summary("b", 2, 0.71, 10), summary("b", 3, 0.79, 10)));
    ArrayNode paired = SeedStatistics.paired(byProfile);
    JsonNode cpu = paired.get(0).at("/differences/utilization.cpu.mean");
    assertThat(paired.get(0).get("first").asText()).isEqualTo("a");
    assertThat(cpu.get("mean").asDouble()).isCloseTo(0.1, within(1e-9));
    assertThat(cpu.get("excludesZero").asBoolean()).isTrue();
    assertThat(paired.get(0).at("/differences/pods.total/excludesZero").asBoolean()).isFalse();
  }

  @Test
  void gpuMeasuresAndLatencyOfAllPodsGetStatisticsAndPairedDifferences() {
    Map<String, List<JsonNode>> byProfile = new LinkedHashMap<>();
    byProfile.put("a", List.of(withGpu(summary("a", 1, 0.5, 10), 10, 3), withGpu(summary("a", 2, 0.5, 10), 12, 5)));
    byProfile.put("b", List.of(withGpu(summary("b", 1, 0.5, 10), 5, 1), withGpu(summary("b", 2, 0.5, 10), 6, 1)));
    ObjectNode mean = SeedStatistics.aggregate(byProfile.get("a"));
    assertThat(mean.at("/statistics/gpu.unallocatedPct.end/mean").asDouble()).isEqualTo(11.0);
    assertThat(mean.at("/statistics/latency.allPods.p99/mean").asDouble()).isEqualTo(4.0);
    JsonNode gpu = SeedStatistics.paired(byProfile).get(0).at("/differences/gpu.unallocatedPct.end");
    assertThat(gpu.get("mean").asDouble()).isEqualTo(-5.5);
  }

  private static JsonNode withGpu(JsonNode summary, double unallocatedAtEnd, double p99) {
    ObjectNode root = (ObjectNode) summary;
    root.putObject("gpu").putObject("unallocatedPct").put("end", unallocatedAtEnd);
    root.putObject("latency").putObject("allPods").put("p99", p99);
    return root;
  }

  private static JsonNode summary(String profile, long seed, double cpu, long pods) {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("profile", profile);
    root.put("seed", seed);
    root.putObject("pods").put("total", pods);
    root.putObject("utilization").putObject("cpu").put("mean", cpu);
    if (seed == 1) {
      root.putObject("unschedulableReasons").put("Insufficient cpu", 1);
    }
    return root;
  }
}
