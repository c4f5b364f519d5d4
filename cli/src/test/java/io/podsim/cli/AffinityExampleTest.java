package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/affinity.yaml, whose placements follow from the rules alone. */
class AffinityExampleTest {
  @TempDir
  static Path out;

  private static Map<String, String[]> pods;
  private static JsonNode summary;

  @BeforeAll
  static void run() throws IOException {
    Cli cli = Cli.run("run", Path.of("..", "examples", "affinity.yaml").toString(), "--out", out.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("kube-default/pods.csv"));
    pods = lines.stream().skip(1).map(l -> l.split(",", 11))
        .collect(Collectors.toMap(f -> f[0], Function.identity()));
    summary = new ObjectMapper().readTree(out.resolve("kube-default/summary.json").toFile());
  }

  @Test
  void fourZoneAntiAffineReplicasInThreeZonesLeaveExactlyOnePending() {
    long pending = pods.keySet().stream().filter(n -> n.startsWith("cache-"))
        .filter(n -> pods.get(n)[4].equals("unschedulable")).count();
    assertThat(pending).isEqualTo(1);
    assertThat(summary.at("/unschedulableReasons/node(s) didn't satisfy existing pods anti-affinity rules").asInt())
        .isEqualTo(1);
    List<String> zones = pods.keySet().stream().filter(n -> n.startsWith("cache-"))
        .filter(n -> !pods.get(n)[2].isEmpty()).map(n -> zoneOf(pods.get(n)[2])).sorted().toList();
    assertThat(zones).containsExactly("zone-a", "zone-b", "zone-c");
  }

  @Test
  void webReplicasSpreadOnePerNode() {
    List<String> nodes = pods.keySet().stream().filter(n -> n.startsWith("web-")).map(n -> pods.get(n)[2]).toList();
    assertThat(nodes).hasSize(6).doesNotHaveDuplicates().doesNotContain("");
  }

  @Test
  void theDatabaseLandsOnTheSsdNodeOfItsPreferredZone() {
    assertThat(pods.get("db")[2]).isEqualTo("ssd-1");
  }

  @Test
  void everyPodIsCountedOnceIncludingTheReplacementsOfEvictedReplicas() {
    assertThat(summary.at("/pods/total").asInt()).isEqualTo(32 + 6).isEqualTo(pods.size());
  }

  @Test
  void criticalJobsPreemptBatchPodsAndRun() {
    assertThat(pods.keySet().stream().filter(n -> n.startsWith("critical-")).map(n -> pods.get(n)[4]))
        .containsOnly("succeeded");
    assertThat(summary.at("/pods/preempted").asInt()).isEqualTo(6);
    assertThat(summary.at("/pods/replacements").asInt()).isEqualTo(6);
    assertThat(pods.values().stream().filter(f -> f[4].equals("preempted")).map(f -> f[0]))
        .allSatisfy(name -> assertThat(name).startsWith("batch-"));
  }

  /** Node pools deal zones round-robin: ssd-0/hdd-0 zone-a, ssd-1/hdd-1 zone-b, ... */
  private static String zoneOf(String node) {
    int index = Integer.parseInt(node.substring(node.indexOf('-') + 1));
    return List.of("zone-a", "zone-b", "zone-c").get(index % 3);
  }
}
