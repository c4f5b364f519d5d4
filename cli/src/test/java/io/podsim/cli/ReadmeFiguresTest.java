package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstart table is what the command prints: every row it shows, character for character. */
@Tag("slow")
class ReadmeFiguresTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir
  Path out;

  @Test
  void theQuickstartTableInTheReadmeMatchesARun() throws IOException {
    Cli cli = Cli.run("run", Path.of("..", "examples", "quickstart.yaml").toString(), "--out", out.toString(),
        "--no-pods-csv", "--no-report", "--quiet");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    List<String> shown = quickstartTable(Files.readAllLines(README));
    assertThat(shown).as("the README's quickstart table").hasSizeGreaterThan(5);
    List<String> printed = cli.out().lines().toList();
    for (String row : shown) {
      assertThat(printed).as("README row '%s'", row).contains(row);
    }
  }

  /** The rows of the first fenced block after the quickstart command that starts with the table header. */
  private static List<String> quickstartTable(List<String> readme) {
    int header = -1;
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).startsWith("metric ") && i > 0 && readme.get(i - 1).equals("```")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("a fenced table starting with 'metric' in the README").isPositive();
    int end = header;
    while (!readme.get(end).equals("```")) {
      end++;
    }
    return readme.subList(header, end).stream().filter(line -> !line.equals("...")).toList();
  }
}
