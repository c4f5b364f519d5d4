package io.podsim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.metrics.EngineSummary;
import io.podsim.metrics.LatencySummary;
import io.podsim.metrics.PodCounts;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.TimeSeries;
import io.podsim.metrics.Utilization;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.PluginStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  @TempDir
  Path dir;

  static RunResult result(String profile, double cpuMean, double p99) {
    Map<String, Utilization> utilization = new LinkedHashMap<>();
    utilization.put("cpu", new Utilization(cpuMean, 0.9));
    utilization.put("nodes", new Utilization(0.5, 1));
    return new RunResult("demo", profile, 42, new PodCounts(10, 9, 7, 2, 0, 1, 0, 0, 0, 0, 0), utilization,
        new LatencySummary(9, 0.5, 0.1, 1.2, p99, 3.5), new LatencySummary(10, 1.0, 0.1, 1.2, 600, 600),
        Map.of("5s", 0.8), Map.of("Insufficient cpu", 1L), Map.of(),
        new EngineSummary(120, 600, 0.01, 12000),
        List.of(new PluginStatistics("NodeResourcesFit", 7, 0, 9, 61.5, 2)),
        new TimeSeries(List.of("time_s", "pending")), null, Map.of("malformed: cpu", 2L), Map.of(), null);
  }

  @Test
  void summaryJsonHoldsTheContractFields() throws IOException {
    Path file = dir.resolve("summary.json");
    SummaryJson.write(result("least-allocated", 0.61, 2.25), file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("scenario").asText()).isEqualTo("demo");
    assertThat(json.get("profile").asText()).isEqualTo("least-allocated");
    assertThat(json.get("seed").asLong()).isEqualTo(42);
    for (String field : List.of("total", "scheduled", "succeeded", "runningAtEnd", "unschedulable", "preempted", "failed")) {
      assertThat(json.get("pods").has(field)).as(field).isTrue();
    }
    assertThat(json.at("/utilization/cpu/mean").asDouble()).isEqualTo(0.61);
    assertThat(json.at("/utilization/cpu/peak").asDouble()).isEqualTo(0.9);
    assertThat(json.at("/latency/scheduling/p99").asDouble()).isEqualTo(2.25);
    for (String field : List.of("mean", "p50", "p90", "max")) {
      assertThat(json.at("/latency/scheduling").has(field)).as(field).isTrue();
    }
    assertThat(json.at("/simulation/events").asLong()).isEqualTo(120);
    assertThat(json.at("/simulation/simulatedSeconds").asDouble()).isEqualTo(600);
    assertThat(json.at("/simulation/wallSeconds").isNumber()).isTrue();
    assertThat(json.at("/unschedulableReasons/Insufficient cpu").asLong()).isEqualTo(1);
    assertThat(json.at("/plugins/NodeResourcesFit/filterRejections").asLong()).isEqualTo(7);
    assertThat(json.at("/plugins/NodeResourcesFit/meanScoreOfChosen").asDouble()).isEqualTo(61.5);
    assertThat(json.at("/plugins/NodeResourcesFit/winnerChanges").asLong()).isEqualTo(2);
  }

  @Test
  void podsCsvHasOneRowPerPodWithTimesInSecondsAndQuotedReasons() throws IOException {
    Path file = dir.resolve("pods.csv");
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    cluster.addNode(new NodeSpec("node-a", Resources.of(1000, 0, 0, 10), Map.of(), List.of(), false));
    Pod bound = new Pod(0, PodSpec.of("web", Resources.of(100, 0, 0, 0), 1_500_000, 2_000_000));
    cluster.bind(bound, 0, 2_000_001);
    Pod waiting = new Pod(1, PodSpec.of("big", Resources.of(5000, 0, 0, 0), 3_000_000, -1));
    waiting.recordFailure("Insufficient cpu", "0/1 nodes are available: 1 Insufficient cpu, 1 other");
    try (PodsCsvWriter writer = new PodsCsvWriter(file)) {
      writer.onStart(cluster);
      writer.onPodFinal(bound, PodOutcome.RUNNING_AT_END);
      writer.onPodFinal(waiting, PodOutcome.UNSCHEDULABLE);
    }
    assertThat(Files.readAllLines(file)).containsExactly(
        "name,namespace,node,gpus,state,arrival,bind,start,end,attempts,reason",
        "web,default,node-a,,runningAtEnd,1.5,2.000001,,,0,",
        "big,default,,,unschedulable,3,,,,1,\"0/1 nodes are available: 1 Insufficient cpu, 1 other\"");
  }

  @Test
  void theComparisonTableShowsOneColumnPerProfile() {
    String table = ComparisonTable.render(List.of(
        new ComparisonTable.Column("spread", SummaryJson.toJson(result("spread", 0.61, 2.25))),
        new ComparisonTable.Column("pack", SummaryJson.toJson(result("pack", 0.605, 0.5)))));
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0)).contains("metric").contains("spread").contains("pack");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cpu utilization mean").contains("61.0%").contains("60.5%"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("latency p99").contains("2.250s").contains("0.500s"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("nodes in use mean").contains("50.0%"));
  }

  @Test
  void comparisonJsonListsEveryProfileInOrder() throws IOException {
    Path file = dir.resolve("comparison.json");
    ComparisonJson.write(List.of(SummaryJson.toJson(result("spread", 0.61, 2.25)),
        SummaryJson.toJson(result("pack", 0.605, 0.5))), file, null);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("profiles")).extracting(p -> p.get("profile").asText()).containsExactly("spread", "pack");
  }

  @Test
  void timeSeriesCsvWritesWholeNumbersWithoutAFraction() throws IOException {
    TimeSeries series = new TimeSeries(List.of("time_s", "pending", "util_cpu"));
    Path file = dir.resolve("timeseries.csv");
    TimeSeriesCsv.write(series, file);
    assertThat(Files.readAllLines(file)).containsExactly("time_s,pending,util_cpu");
    assertThat(Numbers.plain(60)).isEqualTo("60");
    assertThat(Numbers.plain(0.25)).isEqualTo("0.25");
    assertThat(Numbers.seconds(1)).isEqualTo("0.000001");
  }

  @Test
  void everyNumberInSummaryJsonIsADeclaredMetricAndEveryFixedMetricIsInIt() {
    ObjectNode summary = SummaryJson.toJson(result("least-allocated", 0.61, 2.25).withGpu(
        Map.of("unallocatedPct", Map.of("mean", 12.5, "end", 10.0)), null));
    List<String> paths = new ArrayList<>();
    numberPaths(summary, "", paths);

    assertThat(paths).contains("pods.total", "utilization.cpu.mean", "latency.startedWithin.5s",
        "unschedulableReasons.Insufficient cpu", "plugins.NodeResourcesFit.meanScoreOfChosen",
        "gpu.unallocatedPct.end", "skippedRows.malformed: cpu");
    paths.stream().filter(p -> !p.equals("schemaVersion") && !p.equals("seed"))
        .forEach(p -> Metrics.requireDeclared(p, "summary.json"));
    Metrics.fixed().stream().filter(m -> !Metrics.BENCH.contains(m))
        .forEach(m -> assertThat(m.node(summary).isNumber()).as(m.path()).isTrue());
  }

  private static void numberPaths(JsonNode node, String prefix, List<String> paths) {
    node.fields().forEachRemaining(e -> {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue().isNumber()) {
        paths.add(path);
      } else {
        numberPaths(e.getValue(), path, paths);
      }
    });
  }
}
