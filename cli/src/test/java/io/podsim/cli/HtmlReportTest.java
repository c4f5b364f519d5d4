package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report a run writes: charts present and non-empty, the scenario stamped, and (with Chromium) rendered. */
class HtmlReportTest {
  private static final Pattern IMAGE = Pattern.compile("<img alt=\"([^\"]+)\" src=\"data:image/png;base64,([^\"]+)\">");

  @TempDir
  static Path dir;

  private static String html;
  private static Path scenario;

  @BeforeAll
  static void run() throws IOException {
    scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, PodsimCommandTest.SMALL);
    Cli cli = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    html = Files.readString(dir.resolve("out/report.html"));
  }

  @Test
  void everyChartIsEmbeddedAsANonEmptyPngAndAlsoWrittenAsSvg() throws IOException {
    Matcher images = IMAGE.matcher(html);
    int count = 0;
    while (images.find()) {
      byte[] png = Base64.getDecoder().decode(images.group(2));
      assertThat(png).as(images.group(1)).hasSizeGreaterThan(2_000).startsWith(0x89, 'P', 'N', 'G');
      count++;
    }
    assertThat(count).isEqualTo(8);
    for (String chart : List.of("utilization", "pods", "latency-cdf", "unschedulable", "headline", "node-fullness",
        "node-heatmap-least-allocated", "node-heatmap-most-allocated")) {
      assertThat(dir.resolve("out/charts/" + chart + ".svg")).content().startsWith("<?xml").contains("<svg");
    }
  }

  @Test
  void theChartsAreDrawnFromTheRunsResultsSoTheyAreTheSameWithoutPodsCsv() throws IOException {
    Path out = dir.resolve("no-pods-csv");
    Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--no-pods-csv");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(out.resolve("least-allocated/pods.csv")).doesNotExist();
    for (String chart : List.of("latency-cdf", "pods", "node-fullness", "headline")) {
      assertThat(out.resolve("charts/" + chart + ".svg")).hasSameBinaryContentAs(dir.resolve("out/charts/" + chart
          + ".svg"));
    }
  }

  @Test
  void theReportDescribesTheScenarioComparesProfilesAndStampsItsInputs() throws Exception {
    assertThat(html).contains("<h1>small</h1>", "3 × a: cpu 4, memory 16Gi, pods 110, zoned",
        "score: TaintToleration ×3", "<th>least-allocated</th><th>most-allocated</th>", "latency p99", "seed 5");
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(scenario)));
    assertThat(html).contains("<code>" + hash + "</code> s.yaml");
  }

  @Test
  void headlessChromiumRendersTheReport() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium)");
    Path screenshot = dir.resolve("report.png");
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1100,3000",
        "--screenshot=" + screenshot, dir.resolve("out/report.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(50_000);
  }
}
