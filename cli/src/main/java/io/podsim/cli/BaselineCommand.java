package io.podsim.cli;

import io.podsim.reports.BaselineFile;
import io.podsim.reports.ResultSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim baseline}: keeps a run's summaries as the baseline later runs are gated against. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Write a baseline file from the results of podsim run or podsim bench.")
final class BaselineCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "RESULT", description = "An output folder of podsim run or bench (or a result file).")
  private Path result;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The baseline file to write.")
  private Path out;

  @Override
  public Integer call() throws Exception {
    ResultSet run = ResultSet.load(result);
    BaselineFile.write(run, out);
    spec.commandLine().getOut().printf("wrote %s (%d %s)%n", out, run.summaries().size(),
        run.isBench() ? "workloads" : "profiles");
    return 0;
  }
}
