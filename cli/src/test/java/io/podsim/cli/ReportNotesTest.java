package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare pod preempted by a higher-priority one is gone for good, and the outputs say so. */
class ReportNotesTest {
  private static final String PREEMPTION = """
      name: bare
      horizon: 1m
      cluster:
        nodePools: [{name: a, count: 1, resources: {cpu: "4", memory: 8Gi}}]
      workload:
        pods:
          - {name: low, arrival: 0s, requests: {cpu: "4"}}
          - {name: high, arrival: 10s, requests: {cpu: "4"}, priority: 100}
      profiles: [kube-default]
      """;

  @TempDir
  Path dir;

  @Test
  void aPreemptedPodWithoutOwnerIsCountedAndNamedInTheReport() throws IOException {
    Path scenario = dir.resolve("bare.yaml");
    Files.writeString(scenario, PREEMPTION);
    Cli cli = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    var summary = new ObjectMapper().readTree(dir.resolve("out/kube-default/summary.json").toFile());
    assertThat(summary.at("/pods/preempted").asLong()).isEqualTo(1);
    assertThat(summary.at("/pods/preemptedWithoutOwner").asLong()).isEqualTo(1);
    assertThat(summary.at("/pods/replacements").asLong()).isZero();
    assertThat(Files.readString(dir.resolve("out/report.html")))
        .contains("kube-default: 1 preempted pods had no owner and were not recreated");
  }

  @Test
  void anOwnedPodIsRecreatedAndNotCountedAsLost() throws IOException {
    Path scenario = dir.resolve("owned.yaml");
    Files.writeString(scenario, PREEMPTION.replace("{name: low, arrival: 0s,", "{name: low, owner: batch, arrival: 0s,"));
    Cli cli = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString(), "--no-report");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    var summary = new ObjectMapper().readTree(dir.resolve("out/kube-default/summary.json").toFile());
    assertThat(summary.at("/pods/preemptedWithoutOwner").asLong()).isZero();
    assertThat(summary.at("/pods/replacements").asLong()).isEqualTo(1);
  }
}
