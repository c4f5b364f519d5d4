package io.podsim.cli;

import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.reports.TraceCsvWriter;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim generate}: writes a scenario's workload (synthetic pods included) as a podsim CSV trace. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write the scenario's workload, generated pods included, as a podsim CSV trace.")
final class GenerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "The scenario whose workload to write.")
  private Path scenarioFile;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV trace to write.")
  private Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for generators without their own (default: the scenario's).")
  private Long seed;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioFile);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long count = 0;
    TraceCsvWriter writer = new TraceCsvWriter(out, scenario.schema());
    try (writer; PodStream pods = scenario.workload().open(seed != null ? seed : scenario.seed())) {
      for (PodSpec pod = pods.next(); pod != null; pod = pods.next()) {
        writer.write(pod);
        count++;
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("wrote %,d pods to %s%n", count, out);
    writer.dropped().forEach((field, pods) ->
        stdout.printf("  not in the CSV format, left out: %s (%,d pods)%n", field, pods));
    return 0;
  }
}
