package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.podsim.workloads.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bundled example, run with its own seed, must reproduce its golden summaries. After an
 * intended change in behaviour, regenerate them with {@code -Dpodsim.updateGolden=true} and review
 * the diff.
 */
@Tag("slow")
class GoldenExampleTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir
  Path out;

  @ParameterizedTest(name = "examples/{0}.yaml matches its golden summaries")
  @ValueSource(strings = {"quickstart", "reference", "affinity", "scheduler-config", "locality", "openb", "manifests", "google-2011", "google-2019", "alibaba-2018", "alibaba-2017", "azure-packing-2020", "synthetic", "gpu-sharing", "fgd-fill"})
  void exampleMatchesGolden(String example) throws IOException {
    Cli cli = Cli.run("run", EXAMPLES.resolve(example + ".yaml").toString(), "--out", out.toString(), "--no-pods-csv");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    for (String profile : ScenarioLoader.load(EXAMPLES.resolve(example + ".yaml")).profiles()) {
      Path actual = out.resolve(profile).resolve("summary.json");
      Path golden = GOLDEN.resolve(example).resolve(profile).resolve("summary.json");
      String actualText = WallClockFields.withoutWallClock(Files.readString(actual));
      if (Boolean.getBoolean("podsim.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actualText + "\n");
      }
      assertThat(actualText).as("%s/%s", example, profile)
          .isEqualTo(Files.readString(golden).stripTrailing());
    }
  }
}
