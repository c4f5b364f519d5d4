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
  void aSeededMultiSeedRunGivesTheSameIntervalsTwice() throws IOException {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL.replace("seed: 5", "seeds: [5, 6, 7]"));
    assertThat(Cli.run("run", scenario.toString(), "--out", dir.resolve("m1").toString(), "--no-pods-csv").exitCode())
        .isZero();
    Cli second = Cli.run("run", scenario.toString(), "--out", dir.resolve("m2").toString(), "--no-pods-csv");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("seeds 5..7", " ± ");
    Map<String, String> first = WallClockFields.contents(dir.resolve("m1"));
    assertThat(WallClockFields.contents(dir.resolve("m2"))).isEqualTo(first);
    assertThat(first).containsKeys("least-allocated/seed-6/summary.json", "least-allocated/summary.json");
    assertThat(first.get("comparison.json")).contains("\"paired\"", "\"excludesZero\"", "\"ci95Low\"");
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
