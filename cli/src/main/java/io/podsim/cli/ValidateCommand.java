package io.podsim.cli;

import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim validate}: checks a scenario and reads its whole workload without simulating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file and its traces, reporting per source the nodes and pods read and "
        + "the rows skipped and why; exit 2 with the first mistake found.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "The scenario YAML file.")
  private Path scenarioFile;

  @Override
  public Integer call() {
    Scenario scenario = ScenarioLoader.load(scenarioFile);
    PrintWriter out = spec.commandLine().getOut();
    long total = 0;
    List<String> perSource = new ArrayList<>();
    for (var source : scenario.workloadSources().entrySet()) {
      ScenarioLoader.SourceCount count = ScenarioLoader.count(source.getValue(), scenario.seed());
      total += count.pods();
      perSource.add(String.format("%s: %,d pods", source.getKey(), count.pods()));
      count.skippedRows().forEach((reason, n) ->
          perSource.add(String.format("%s: skipped %,d rows: %s", source.getKey(), n, reason)));
    }
    out.printf("%s: ok (%d nodes, %,d pods, profiles %s)%n", scenarioFile,
        scenario.nodes().size(), total, String.join(", ", scenario.profiles()));
    scenario.readNotes().forEach(note -> out.printf("  %s%n", note));
    perSource.forEach(line -> out.printf("  %s%n", line));
    return 0;
  }
}
