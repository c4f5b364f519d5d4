package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give the same bytes, apart from wall-clock fields. */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void twoRunsOfTheSameScenarioAndSeedWriteIdenticalFiles() throws IOException {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL);
    assertThat(Cli.run("run", scenario.toString(), "--out", dir.resolve("first").toString()).exitCode()).isZero();
    assertThat(Cli.run("run", scenario.toString(), "--out", dir.resolve("second").toString()).exitCode()).isZero();

    Map<String, String> first = WallClockFields.contents(dir.resolve("first"));
    Map<String, String> second = WallClockFields.contents(dir.resolve("second"));
    assertThat(first.keySet()).contains("comparison.json", "least-allocated/pods.csv", "most-allocated/timeseries.csv");
    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("first/least-allocated/summary.json"))).contains("wallSeconds");
  }

  @Test
  void anotherSeedGivesAnotherRun() throws IOException {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL);
    Cli.run("run", scenario.toString(), "--seed", "1", "--out", dir.resolve("a").toString());
    Cli.run("run", scenario.toString(), "--seed", "2", "--out", dir.resolve("b").toString());
    assertThat(WallClockFields.contents(dir.resolve("a")).get("least-allocated/pods.csv"))
        .isNotEqualTo(WallClockFields.contents(dir.resolve("b")).get("least-allocated/pods.csv"));
  }
}
