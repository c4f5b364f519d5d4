package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.model.InputError;
import io.podsim.reports.ComparisonTable;
import io.podsim.reports.Metrics;
import io.podsim.reports.ResultSet;
import io.podsim.run.BatchProgress;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podsim run}: simulates every profile of a scenario and compares them. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario with each of its profiles and print a side-by-side comparison.")
final class RunCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "The scenario YAML file.")
  private Path scenarioFile;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Run only this profile (repeatable). Default: the scenario's profiles.")
  private List<String> profiles;

  @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed (or seeds).")
  private Long seed;

  @Option(names = "--seeds", paramLabel = "N",
      description = "Run every profile on N seeds (the seed and the N-1 after it) and report means with 95%% intervals.")
  private Integer seedCount;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: out/<scenario name>.")
  private Path out;

  @Option(names = "--no-pods-csv", description = "Do not write pods.csv (one row per pod).")
  private boolean noPodsCsv;

  @Option(names = "--no-report", description = "Do not draw charts or write report.html.")
  private boolean noReport;

  @Option(names = "--quiet", description = "No progress bar.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioFile);
    List<String> chosen = profiles == null ? scenario.profiles() : profiles;
    if (chosen.stream().distinct().count() < chosen.size()) {
      throw new InputError("--profile: a profile is named twice in " + chosen + "; each run needs a folder of its own");
    }
    for (String profile : chosen) {
      try {
        scenario.catalog().requireKnown(profile);
      } catch (InputError e) {
        throw e.at("--profile");
      }
    }
    if (out != null && out.toString().isBlank()) {
      throw new InputError("--out: expected a folder, found an empty path");
    }
    Path dir = out != null ? out : Path.of("out", scenario.name());
    OutputFolder.create(dir);
    List<Long> seeds = seeds(scenario);
    ScenarioRunner.Outcome outcome;
    try (RunProgress progress = RunProgress.start(quiet, chosen.size() * seeds.size(), scenario.horizon())) {
      outcome = new ScenarioRunner(scenario, !noPodsCsv, !noReport, progress == null ? BatchProgress.NONE : progress)
          .runAll(chosen, seeds, dir);
    }
    List<JsonNode> results = outcome.summaries();
    var stdout = spec.commandLine().getOut();
    stdout.printf("scenario %s, %s %s, %d nodes%n%n", scenario.name(), seeds.size() == 1 ? "seed" : "seeds",
        seeds.size() == 1 ? seeds.get(0) : seeds.get(0) + ".." + seeds.get(seeds.size() - 1), scenario.nodes().size());
    stdout.print(ComparisonTable.render(results.stream()
        .map(r -> new ComparisonTable.Column(ResultSet.name(r), r)).toList()));
    stdout.printf("%nwrote %s%n", dir);
    if (!noReport) {
      stdout.printf("report %s%n", ReportWriter.write(scenario, chosen, seeds, dir, outcome.charted()));
    }
    for (JsonNode r : results) {
      stdout.printf("%s: %,.0f events in %.2fs wall (%,.0f events/s)%s%n", ResultSet.name(r),
          Metrics.EVENTS.value(r), Metrics.WALL_SECONDS.value(r), Metrics.EVENTS_PER_SECOND.value(r),
          seeds.size() > 1 ? ", means over seeds" : "");
    }
    return 0;
  }

  private List<Long> seeds(Scenario scenario) {
    if (seedCount != null && (seedCount < 1 || seedCount > Scenario.MAX_SEEDS)) {
      throw new InputError("--seeds: expected a whole number from 1 to " + Scenario.MAX_SEEDS + ", found " + seedCount);
    }
    long first = seed != null ? seed : scenario.seed();
    if (seedCount != null) {
      if (first > Long.MAX_VALUE - seedCount) {
        throw new InputError("--seeds: " + seedCount + " seeds from " + first + " run past the largest seed, "
            + Long.MAX_VALUE + "; give a smaller --seed");
      }
      return LongStream.range(first, first + seedCount).boxed().toList();
    }
    return seed != null ? List.of(seed) : scenario.seeds();
  }
}
