package io.podsim.cli;

import io.podsim.model.InputError;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/** {@code podsim help [COMMAND [SUBCOMMAND]...]}: the help of a command at any depth, such as {@code help experiment fgd}. */
@Command(name = "help", helpCommand = true, description = "Show the help of podsim or of one of its commands.")
final class NestedHelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, and its subcommands, such as: experiment fgd.")
  private List<String> commands = List.of();

  private CommandLine parent;
  private PrintWriter out;
  private Help.ColorScheme colors;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.parent = helpCommandLine.getParent();
    this.out = out;
    this.colors = colorScheme;
  }

  @Override
  public void run() {
    CommandLine target = parent;
    for (String name : commands) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new InputError("help: '" + name + "' is not a command of "
            + target.getCommandSpec().qualifiedName() + "; commands: " + String.join(", ", target.getSubcommands().keySet()));
      }
      target = next;
    }
    target.usage(out, colors);
  }
}
