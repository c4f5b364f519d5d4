package io.podsim.cli;

import io.podsim.metrics.RunResult;
import io.podsim.model.InputError;
import io.podsim.reports.ComparisonTable;
import io.podsim.reports.SummaryJson;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
  private Long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: out/<scenario name>.")
  private Path out;

  @Option(names = "--no-pods-csv", description = "Do not write pods.csv (one row per pod).")
  private boolean noPodsCsv;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioFile);
    List<String> chosen = profiles == null ? scenario.profiles() : profiles;
    for (String profile : chosen) {
      try {
        scenario.catalog().requireKnown(profile);
      } catch (InputError e) {
        throw e.at("--profile");
      }
    }
    Path dir = out != null ? out : Path.of("out", scenario.name());
    long runSeed = seed != null ? seed : scenario.seed();
    List<RunResult> results = new ScenarioRunner(scenario, runSeed, !noPodsCsv).runAll(chosen, dir);
    var stdout = spec.commandLine().getOut();
    stdout.printf("scenario %s, seed %d, %d nodes%n%n", scenario.name(), runSeed, scenario.nodes().size());
    stdout.print(ComparisonTable.render(results.stream()
        .map(r -> new ComparisonTable.Column(r.profile(), SummaryJson.toJson(r))).toList()));
    stdout.printf("%nwrote %s%n", dir);
    for (RunResult r : results) {
      stdout.printf("%s: %,d events in %.2fs wall (%,.0f events/s)%n", r.profile(), r.simulation().events(),
          r.simulation().wallSeconds(), r.simulation().eventsPerSecond());
    }
    return 0;
  }
}
