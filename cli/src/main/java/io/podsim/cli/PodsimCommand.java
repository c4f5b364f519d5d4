package io.podsim.cli;

import io.podsim.cli.experiment.ExperimentCommand;
import io.podsim.model.InputError;
import io.podsim.reports.GateRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code podsim} command: exit 0 on success, 1 on a failed check, 2 on a user mistake. */
@Command(
    name = "podsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Discrete-event simulator of Kubernetes-style cluster scheduling.",
    subcommands = {RunCommand.class, ValidateCommand.class, ProfilesCommand.class, CompareCommand.class,
        BaselineCommand.class, GenerateCommand.class, BenchCommand.class, ExperimentCommand.class,
        NestedHelpCommand.class})
public final class PodsimCommand implements Runnable {
  /** Exit code of a user mistake (bad input, bad option). */
  public static final int USER_ERROR = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line: user mistakes become one line on stderr and exit code 2. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new PodsimCommand());
    commandLine.registerConverter(GateRule.class, GateRule::parse);
    commandLine.setParameterExceptionHandler(new CommandLineMistakes());
    commandLine.setExecutionStrategy(CommandLineMistakes::executeWhenAllMatched);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof InputError) {
        cmd.getErr().println("podsim: " + e.getMessage());
        return USER_ERROR;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        cmd.getErr().println("podsim: " + e.getMessage());
        return USER_ERROR;
      }
      throw e;
    });
    return commandLine;
  }
}
