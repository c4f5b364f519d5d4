package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import io.podsim.reports.ComparisonJson;
import io.podsim.reports.OutputFiles;
import io.podsim.reports.SeedStatistics;
import io.podsim.reports.SummaryJson;
import io.podsim.reports.charts.LatencySamples;
import io.podsim.reports.charts.ProfileOutputs;
import io.podsim.run.Batch;
import io.podsim.run.BatchProgress;
import io.podsim.run.RunSpec;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs every profile of a scenario on every seed as one batch of the run API and writes the
 * outputs. With one seed: {@code <out>/<profile>/summary.json}, {@code timeseries.csv},
 * {@code pods.csv} and {@code <out>/comparison.json}. With several: each run in
 * {@code <out>/<profile>/seed-<seed>/}, the profile's {@code summary.json} holding means and
 * confidence intervals, and {@code comparison.json} adding paired differences between profiles.
 */
public final class ScenarioRunner {
  private final Scenario scenario;
  private final boolean podsCsv;
  private final boolean charts;
  private final BatchProgress progress;

  /** What a run of every profile gives: the summaries to show, and with {@code charts} what the report draws. */
  public record Outcome(List<JsonNode> summaries, List<ProfileOutputs> charted) {}

  /** {@code charts}: keep what the charts and the report draw (each profile's first seed's run). */
  public ScenarioRunner(Scenario scenario, boolean podsCsv, boolean charts, BatchProgress progress) {
    this.scenario = scenario;
    this.podsCsv = podsCsv;
    this.charts = charts;
    this.progress = progress;
  }

  /** Runs them all; the summaries are one per profile in order: the run itself, or the mean over seeds. */
  public Outcome runAll(List<String> profiles, List<Long> seeds, Path out) throws IOException {
    Files.createDirectories(out);
    boolean several = seeds.size() > 1;
    Map<String, LatencySamples> latencies = new ConcurrentHashMap<>();
    List<RunResult> results = new Batch(RunSpec.every(scenario, profiles, seeds)).progress(progress)
        .sinks(run -> {
          List<RunSink> sinks = new ArrayList<>(OutputFiles.in(several
              ? out.resolve(run.profile()).resolve("seed-" + run.seed()) : out.resolve(run.profile()), podsCsv));
          if (charts && run.seed() == seeds.get(0)) {
            sinks.add(latencies.computeIfAbsent(run.profile(), p -> new LatencySamples()));
          }
          return sinks;
        })
        .run();
    Map<String, List<JsonNode>> summaries = new LinkedHashMap<>();
    for (RunResult result : results) {
      summaries.computeIfAbsent(result.profile(), p -> new ArrayList<>()).add(SummaryJson.toJson(result));
    }
    List<JsonNode> shown = several ? aggregate(summaries, out) : single(summaries, out);
    List<ProfileOutputs> charted = new ArrayList<>();
    for (int p = 0; charts && p < profiles.size(); p++) {
      charted.add(ProfileOutputs.of(results.get(p * seeds.size()), shown.get(p),
          latencies.get(profiles.get(p)).sorted()));
    }
    return new Outcome(shown, charted);
  }

  private List<JsonNode> single(Map<String, List<JsonNode>> summaries, Path out) throws IOException {
    List<JsonNode> results = summaries.values().stream().map(s -> s.get(0)).toList();
    ComparisonJson.write(results, out.resolve("comparison.json"), null);
    return results;
  }

  private List<JsonNode> aggregate(Map<String, List<JsonNode>> summaries, Path out) throws IOException {
    List<JsonNode> means = new ArrayList<>();
    for (var entry : summaries.entrySet()) {
      JsonNode mean = SeedStatistics.aggregate(entry.getValue());
      SummaryJson.write(mean, out.resolve(entry.getKey()).resolve("summary.json"));
      means.add(mean);
    }
    ComparisonJson.write(means, out.resolve("comparison.json"), SeedStatistics.paired(summaries));
    return means;
  }
}
