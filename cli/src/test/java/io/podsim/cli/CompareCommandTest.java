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
}
