package io.podsim.cli.experiment;

import io.podsim.reports.SeedStatistics;
import io.podsim.reports.charts.RunCharts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** The runs of an FGD experiment, per policy and seed, and their summaries across seeds per arrived percentage. */
final class FgdResults {
  private final Map<String, List<List<FgdRun.Point>>> runs;
  private final long[] seeds;

  FgdResults(Map<String, List<List<FgdRun.Point>>> runs, long[] seeds) {
    this.runs = runs;
    this.seeds = seeds;
  }

  /** One row per policy, seed and arrived percentage. */
  void writeRuns(Path file) throws IOException {
    StringBuilder csv = new StringBuilder("policy,seed,arrived_pct,unallocated_pct,fragment_pct,fragment_rate_pct,"
        + "gpus_in_use,arrived_pods,failed_pods\n");
    runs.forEach((policy, perSeed) -> {
      for (int s = 0; s < perSeed.size(); s++) {
        for (FgdRun.Point p : perSeed.get(s)) {
          csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%.4f,%.4f,%d,%d,%d%n", policy, seeds[s],
              p.arrivedPct(), p.unallocatedPct(), p.fragmentPct(), p.fragmentRatePct(), p.gpusInUse(),
              p.arrivedPods(), p.failedPods()));
        }
      }
    });
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /**
   * One row per policy and arrived percentage reached by every seed: mean, median, sd and the 95 %
   * interval of the mean of unallocated GPU %.
   */
  void writeSummary(Path file) throws IOException {
    StringBuilder csv = new StringBuilder(
        "policy,arrived_pct,mean_unallocated_pct,median_unallocated_pct,sd_unallocated_pct,seeds,"
            + "ci95_low_unallocated_pct,ci95_high_unallocated_pct\n");
    runs.forEach((policy, perSeed) -> {
      for (int pct = 0; pct < bins(perSeed); pct++) {
        DescriptiveStatistics stats = unallocatedAt(perSeed, pct);
        double half = SeedStatistics.halfWidth(stats.getN(), stats.getStandardDeviation());
        csv.append(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%.4f,%d,%.4f,%.4f%n", policy, pct, stats.getMean(),
            stats.getPercentile(50), stats.getStandardDeviation(), stats.getN(), stats.getMean() - half,
            stats.getMean() + half));
      }
    });
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /** The paper's chart: median unallocated GPU % against arrived GPU demand, one line per policy. */
  void writeChart(Path dir) throws IOException {
    Map<String, double[][]> lines = new LinkedHashMap<>();
    runs.forEach((policy, perSeed) -> {
      int bins = bins(perSeed);
      double[][] line = new double[2][bins];
      for (int pct = 0; pct < bins; pct++) {
        line[0][pct] = pct;
        line[1][pct] = unallocatedAt(perSeed, pct).getPercentile(50);
      }
      lines.put(policy, line);
    });
    RunCharts.save(RunCharts.lines("Unallocated GPUs as GPU demand arrives (median over seeds)",
        "arrived GPU demand (% of cluster GPU capacity)", "unallocated GPUs (% of capacity)", lines), dir,
        "fgd-unallocated");
  }

  /**
   * The table at 100 % arrived demand: per policy the mean over seeds of the unallocated GPU share
   * with its 95 % confidence interval (Student's t), median and standard deviation, beside the
   * paper's value where it has one.
   */
  void printTableAt100(PrintWriter out, Map<String, Double> paper) {
    out.println("Unallocated GPUs (% of GPU capacity) when arrived GPU demand first reaches 100 % of capacity,"
        + " over " + seeds.length + " seeds:");
    String format = "%-16s %8s %19s %8s %6s %7s %7s%n";
    out.printf(format, "policy", "mean", "95% interval", "median", "sd", "paper", "diff");
    runs.forEach((policy, perSeed) -> {
      if (bins(perSeed) <= 100) {
        return;
      }
      DescriptiveStatistics stats = unallocatedAt(perSeed, 100);
      double half = SeedStatistics.halfWidth(stats.getN(), stats.getStandardDeviation());
      Double reference = paper.get(policy);
      out.printf(Locale.ROOT, format, policy, String.format(Locale.ROOT, "%.2f%%", stats.getMean()),
          String.format(Locale.ROOT, "%.2f%% .. %.2f%%", stats.getMean() - half, stats.getMean() + half),
          String.format(Locale.ROOT, "%.2f%%", stats.getPercentile(50)),
          String.format(Locale.ROOT, "%.2f", stats.getStandardDeviation()),
          reference == null ? "-" : String.format(Locale.ROOT, "%.2f%%", reference),
          reference == null ? "-" : String.format(Locale.ROOT, "%+.2f", stats.getMean() - reference));
    });
  }

  private static int bins(List<List<FgdRun.Point>> perSeed) {
    return perSeed.stream().mapToInt(List::size).min().orElse(0);
  }

  private static DescriptiveStatistics unallocatedAt(List<List<FgdRun.Point>> perSeed, int pct) {
    DescriptiveStatistics stats = new DescriptiveStatistics();
    perSeed.forEach(points -> stats.addValue(points.get(pct).unallocatedPct()));
    return stats;
  }
}
