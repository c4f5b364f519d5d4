package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding section shows {@code examples/embed/Quickstart.java} as it is, and running
 * it with Java's source launcher on podsim's classpath prints the lines the README shows.
 */
@Tag("slow")
class ReadmeEmbeddingTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PROGRAM = Path.of("examples", "embed", "Quickstart.java");

  @Test
  void theReadmeShowsTheEmbeddingProgramAsItIs() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("```java\n" + Files.readString(ROOT.resolve(PROGRAM)) + "```\n");
  }

  @Test
  void theEmbeddingProgramPrintsWhatTheReadmeShows() throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, PROGRAM.toString()).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isZero();

    List<String> printed = output.lines().toList();
    assertThat(printed).hasSize(2);
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    for (String line : printed) {
      assertThat(readme).as("the README shows '%s'", line).contains(line);
    }
  }
}
