package io.podsim.cli.experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podsim experiment}: published experiments reproduced. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
    description = "Reproduce a published experiment.", subcommands = FgdExperimentCommand.class)
public final class ExperimentCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
