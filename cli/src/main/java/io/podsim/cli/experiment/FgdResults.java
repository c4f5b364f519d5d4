package io.podsim.cli.experiment;

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
  private final Map<FgdPolicy, List<List<FgdRun.Point>>> runs;
  private final long[] seeds;

  FgdResults(Map<FgdPolicy, List<List<FgdRun.Point>>> runs, long[] seeds) {
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
          csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%.4f,%.4f,%d,%d,%d%n", policy.paperName(), seeds[s],
              p.arrivedPct(), p.unallocatedPct(), p.fragmentPct(), p.fragmentRatePct(), p.gpusInUse(),
              p.arrivedPods(), p.failedPods()));
        }
      }
    });
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /** One row per policy and arrived percentage reached by every seed: mean, median and sd of unallocated GPU %. */
  void writeSummary(Path file) throws IOException {
    StringBuilder csv = new StringBuilder(
        "policy,arrived_pct,mean_unallocated_pct,median_unallocated_pct,sd_unallocated_pct,seeds\n");
    runs.forEach((policy, perSeed) -> {
      for (int pct = 0; pct < bins(perSeed); pct++) {
        DescriptiveStatistics stats = unallocatedAt(perSeed, pct);
        csv.append(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%.4f,%d%n", policy.paperName(), pct, stats.getMean(),
            stats.getPercentile(50), stats.getStandardDeviation(), stats.getN()));
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
      lines.put(policy.paperName(), line);
    });
    RunCharts.save(RunCharts.lines("Unallocated GPUs as GPU demand arrives (median over seeds)",
        "arrived GPU demand (% of cluster GPU capacity)", "unallocated GPUs (% of capacity)", lines), dir,
        "fgd-unallocated");
  }

  /** The table at 100 % arrived demand, beside the paper's values. */
  void printTableAt100(PrintWriter out, Map<String, Double> paper) {
    out.printf("%-14s %10s %10s %8s %8s %8s%n", "policy", "mean", "median", "sd", "paper", "diff");
    runs.forEach((policy, perSeed) -> {
      if (bins(perSeed) <= 100) {
        return;
      }
      DescriptiveStatistics stats = unallocatedAt(perSeed, 100);
      Double reference = paper.get(policy.paperName());
      out.printf(Locale.ROOT, "%-14s %9.2f%% %9.2f%% %8.2f %7s %8s%n", policy.paperName(), stats.getMean(),
          stats.getPercentile(50), stats.getStandardDeviation(),
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
