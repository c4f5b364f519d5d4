package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.metrics.RunResult;
import io.podsim.reports.ComparisonJson;
import io.podsim.reports.OutputFiles;
import io.podsim.reports.SeedStatistics;
import io.podsim.reports.SummaryJson;
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
  private final BatchProgress progress;

  public ScenarioRunner(Scenario scenario, boolean podsCsv, BatchProgress progress) {
    this.scenario = scenario;
    this.podsCsv = podsCsv;
    this.progress = progress;
  }

  /** The summaries to show, one per profile in order: the run itself, or the mean over seeds. */
  public List<JsonNode> runAll(List<String> profiles, List<Long> seeds, Path out) throws IOException {
    Files.createDirectories(out);
    boolean several = seeds.size() > 1;
    List<RunResult> results = new Batch(RunSpec.every(scenario, profiles, seeds)).progress(progress)
        .sinks(run -> OutputFiles.in(several ? out.resolve(run.profile()).resolve("seed-" + run.seed())
            : out.resolve(run.profile()), podsCsv))
        .run();
    Map<String, List<JsonNode>> summaries = new LinkedHashMap<>();
    for (RunResult result : results) {
      summaries.computeIfAbsent(result.profile(), p -> new ArrayList<>()).add(SummaryJson.toJson(result));
    }
    return several ? aggregate(summaries, out) : single(summaries, out);
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
