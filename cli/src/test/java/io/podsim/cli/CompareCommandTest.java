package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void runAndKeepABaseline() throws IOException {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL);
    assertThat(Cli.run("run", scenario.toString(), "--out", dir.resolve("run").toString(), "--no-pods-csv").exitCode())
        .isZero();
    assertThat(Cli.run("baseline", dir.resolve("run").toString(), "--out", dir.resolve("baseline.json").toString())
        .exitCode()).isZero();
  }

  @Test
  void aRunWithinBoundsOfItsOwnBaselinePasses() {
    Cli cli = Cli.run("compare", dir.resolve("run").toString(), "--baseline", dir.resolve("baseline.json").toString(),
        "--fail-on", "latency.scheduling.p99:+10%", "--fail-on", "utilization.cpu.mean:-0.02");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("least-allocated (baseline)", "most-allocated", "latency p99");
    assertThat(cli.err()).contains("all 2 rule(s) hold");
  }

  @Test
  void aRegressionExitsOneNamingEachBrokenRule() throws IOException {
    Path tightened = dir.resolve("tight.json");
    ObjectNode baseline = (ObjectNode) new ObjectMapper().readTree(dir.resolve("baseline.json").toFile());
    ((ObjectNode) baseline.at("/profiles/0/utilization/cpu")).put("mean", 0.99);
    new ObjectMapper().writeValue(tightened.toFile(), baseline);
    Cli cli = Cli.run("compare", dir.resolve("run").toString(), "--baseline", tightened.toString(),
        "--fail-on", "utilization.cpu.mean:-0.02");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("regression: least-allocated: utilization.cpu.mean fell from 0.99 to")
        .contains("more than the allowed -0.02").doesNotContain("most-allocated: utilization");
  }

  @Test
  void comparisonsComeAsMarkdownCsvAndJson() {
    String run = dir.resolve("run").toString();
    assertThat(Cli.run("compare", run, "--format", "markdown").out()).startsWith("| metric | least-allocated |")
        .contains("| --- | ---: | ---: |");
    assertThat(Cli.run("compare", run, "--format", "csv").out()).startsWith("metric,least-allocated,most-allocated");
    assertThat(Cli.run("compare", run, "--format", "json").out()).contains("\"path\" : \"latency.scheduling.p99\"");
    assertThat(Cli.run("compare", run, "--format", "html").exitCode()).isEqualTo(2);
  }

  @Test
  void aGateWithoutBaselineIsAUserError() {
    Cli cli = Cli.run("compare", dir.resolve("run").toString(), "--fail-on", "latency.scheduling.p99:+1%");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--fail-on needs --baseline");
  }

  @Test
  void aGateFailsWhenAProfileHasNoPartnerInTheBaseline() throws IOException {
    Path renamed = dir.resolve("renamed.json");
    ObjectNode baseline = (ObjectNode) new ObjectMapper().readTree(dir.resolve("baseline.json").toFile());
    ((ObjectNode) baseline.at("/profiles/0")).put("profile", "spread");
    new ObjectMapper().writeValue(renamed.toFile(), baseline);
    Cli cli = Cli.run("compare", dir.resolve("run").toString(), "--baseline", renamed.toString(),
        "--fail-on", "latency.scheduling.p99:+10%");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("unmatched: least-allocated: not in the baseline")
        .contains("unmatched: spread: in the baseline but not in the results compared")
        .contains("0 rule violation(s), 2 unmatched result(s)");
  }

  @Test
  void aRelativeRuleAgainstAZeroBaselineAllowsNoRise() throws IOException {
    Path zero = dir.resolve("zero.json");
    ObjectNode baseline = (ObjectNode) new ObjectMapper().readTree(dir.resolve("baseline.json").toFile());
    ((ObjectNode) baseline.at("/profiles/0/latency/allPods")).put("max", 0.0);
    new ObjectMapper().writeValue(zero.toFile(), baseline);
    Cli cli = Cli.run("compare", dir.resolve("run").toString(), "--baseline", zero.toString(),
        "--fail-on", "latency.allPods.max:+50%");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("least-allocated: latency.allPods.max rose from 0 to")
        .contains("(from zero, where a relative allowance allows no change)");
  }

  @Test
  void theVerdictIsPartOfTheMarkdownAndJsonOutputs() throws IOException {
    String run = dir.resolve("run").toString();
    String baseline = dir.resolve("baseline.json").toString();
    Cli markdown = Cli.run("compare", run, "--baseline", baseline, "--format", "markdown", "--fail-on",
        "pods.preempted:+0");
    assertThat(markdown.out()).contains("**Gate: passed** (all 1 rule(s) hold)");
    Cli json = Cli.run("compare", run, "--baseline", baseline, "--format", "json", "--fail-on", "pods.preempted:+0");
    assertThat(new ObjectMapper().readTree(json.out()).at("/gate/passed").asBoolean()).isTrue();
    assertThat(new ObjectMapper().readTree(json.out()).at("/gate/rules/0").asText()).isEqualTo("pods.preempted:+0");
  }

  @Test
  void benchResultsAreComparedAndGatedByWorkload() throws IOException {
    Path bench = dir.resolve("bench");
    Files.createDirectories(bench);
    Files.writeString(bench.resolve("bench.json"), "[{\"workload\":\"SchedulingBasic/500Nodes\",\"nodes\":500,"
        + "\"pods\":1000,\"podsPerSecond\":100000.0,\"eventsPerSecond\":200000.0,\"peakHeapBytes\":1048576,"
        + "\"kubeSchedulerThreshold\":680.0,\"ratio\":147.1,\"runs\":5}]");
    assertThat(Cli.run("baseline", bench.toString(), "--out", dir.resolve("bench-baseline.json").toString()).out())
        .contains("(1 workloads)");
    Files.writeString(bench.resolve("bench.json"), Files.readString(bench.resolve("bench.json"))
        .replace("100000.0", "40000.0"));
    Cli cli = Cli.run("compare", bench.toString(), "--baseline", dir.resolve("bench-baseline.json").toString(),
        "--fail-on", "podsPerSecond:-50%");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("SchedulingBasic/500Nodes (baseline)", "pods/s", "100,000", "40,000");
    assertThat(cli.err()).contains("regression: SchedulingBasic/500Nodes: podsPerSecond fell from 100000 to 40000");
  }
}
