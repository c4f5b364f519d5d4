package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a roomy cluster over two seeds: intervals shown, charts that would be empty left out, seeds named. */
class HtmlReportSeedsTest {
  private static final String ROOMY = """
      name: roomy
      seeds: [3, 4]
      cluster:
        nodePools:
          - {name: a, count: 4, resources: {cpu: "8", memory: 32Gi}}
      workload:
        synthetic:
          pods: 40
          arrivalRate: 0.1
          duration: {distribution: exponential, mean: 1m}
          shapes:
            - {name: s, weight: 1, requests: {cpu: 500m, memory: 1Gi}}
      profiles: [least-allocated, most-allocated]
      """;

  @TempDir
  static Path dir;

  private static String html;

  @BeforeAll
  static void run() throws IOException {
    Path scenario = dir.resolve("roomy.yaml");
    Files.writeString(scenario, ROOMY);
    Cli cli = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    html = Files.readString(dir.resolve("out/report.html"));
  }

  @Test
  void theComparisonShowsIntervalsAcrossSeeds() {
    assertThat(html).contains(" ± ");
  }

  @Test
  void rowsWithoutABetterDirectionAreNeverBold() {
    for (String label : new String[] {"events", "running at end", "pods"}) {
      Matcher row = Pattern.compile("<tr><td>" + label + "</td>(.*?)</tr>").matcher(html);
      assertThat(row.find()).as(label).isTrue();
      assertThat(row.group(1)).as(label).doesNotContain("<strong>");
    }
  }

  @Test
  void chartsThatWouldDrawOnlyAnEmptyAxisAreLeftOut() {
    assertThat(dir.resolve("out/charts/latency-cdf.png")).doesNotExist();
    assertThat(dir.resolve("out/charts/unschedulable.png")).doesNotExist();
  }

  @Test
  void chartsOverTimeNameTheSeedTheyShow() throws IOException {
    assertThat(Files.readString(dir.resolve("out/charts/utilization.svg")))
        .contains("the run of seed 3, the first of 2 seeds");
  }
}
