package io.podsim.cli;

import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim validate}: checks a scenario and reads its whole workload without simulating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file and its traces; exit 2 with the first mistake found.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "The scenario YAML file.")
  private Path scenarioFile;

  @Override
  public Integer call() {
    Scenario scenario = ScenarioLoader.load(scenarioFile);
    long pods = ScenarioLoader.countPods(scenario);
    var out = spec.commandLine().getOut();
    out.printf("%s: ok (%d nodes, %,d pods, profiles %s)%n", scenarioFile,
        scenario.nodes().size(), pods, String.join(", ", scenario.profiles()));
    scenario.readNotes().forEach(note -> out.printf("  %s%n", note));
    return 0;
  }
}
