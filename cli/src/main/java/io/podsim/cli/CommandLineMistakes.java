package io.podsim.cli;

import io.podsim.model.InputError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a command-line mistake into one line on stderr, as git and kubectl do: what was wrong, in
 * the command's own words, and a pointer to its {@code --help}; never the whole usage text or a
 * Java class name.
 */
final class CommandLineMistakes implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    err.println(name + ": " + message(e) + " (see '" + name + " --help')");
    err.flush();
    return PodsimCommand.USER_ERROR;
  }

  /**
   * Runs the command unless a word matched nothing: picocli skips that check when {@code --help}
   * is given, so {@code podsim sweep --help} would print the top help and succeed.
   */
  static int executeWhenAllMatched(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (!level.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  private static String message(ParameterException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InputError input) {
        return input.getMessage();
      }
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unknown(unmatched);
    }
    return firstLine(e.getMessage());
  }

  /** An unknown word where a subcommand is expected names the commands; otherwise the argument. */
  private static String unknown(UnmatchedArgumentException e) {
    String word = e.getUnmatched().get(0);
    CommandLine command = e.getCommandLine();
    if (!word.startsWith("-") && !command.getSubcommands().isEmpty()) {
      return "'" + word + "' is not a command; commands: "
          + String.join(", ", command.getSubcommands().keySet());
    }
    return word.startsWith("-") ? "unknown option '" + word + "'" : "unexpected argument '" + word + "'";
  }

  private static String firstLine(String text) {
    return text == null ? "invalid command line" : text.lines().findFirst().orElse(text);
  }
}
