package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aGeneratedTraceReplaysTheSamePods() throws IOException {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL);
    Cli cli = Cli.run("generate", scenario.toString(), "--out", dir.resolve("trace.csv").toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("wrote 301 pods");

    Path replay = dir.resolve("replay.yaml");
    Files.writeString(replay, PodsimCommandTest.SMALL.substring(0, PodsimCommandTest.SMALL.indexOf("workload:"))
        + "workload:\n  trace: {format: csv, path: trace.csv}\n");
    List<PodSpec> original = pods(ScenarioLoader.load(scenario));
    List<PodSpec> replayed = pods(ScenarioLoader.load(replay));
    assertThat(replayed).hasSameSizeAs(original);
    for (int i = 0; i < original.size(); i++) {
      PodSpec a = original.get(i);
      PodSpec b = replayed.get(i);
      assertThat(List.of(b.name(), b.arrival(), b.duration(), b.requests(), b.labels(), b.priority()))
          .isEqualTo(List.of(a.name(), a.arrival(), a.duration(), a.requests(), a.labels(), a.priority()));
    }
  }

  @Test
  void fieldsTheCsvCannotHoldAreReported() throws IOException {
    Cli cli = Cli.run("generate", Path.of("..", "examples", "affinity.yaml").toString(), "--out",
        dir.resolve("a.csv").toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("left out: affinity.podAffinity/podAntiAffinity (10 pods)",
        "left out: topologySpreadConstraints (6 pods)");
  }

  private static List<PodSpec> pods(Scenario scenario) {
    List<PodSpec> pods = new ArrayList<>();
    try (PodStream stream = scenario.workload().open(scenario.seed())) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }
}
