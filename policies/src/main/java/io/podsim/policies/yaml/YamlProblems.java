package io.podsim.policies.yaml;

import io.podsim.model.InputError;
import java.nio.file.Path;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns what the YAML parser found wrong into one line in podsim's words: file, line and column,
 * then what is wrong and what to do. It never quotes the file's text beyond a short, printable
 * excerpt of the parser's own description, so a file that is not YAML (an environment dump, a
 * key file) never reaches a log.
 */
final class YamlProblems {
  private static final int MAX_EXCERPT = 60;

  private YamlProblems() {}

  static InputError toInputError(Path file, YAMLException e) {
    if (!(e instanceof MarkedYAMLException marked)) {
      return new InputError(file + ": not valid YAML: " + InputError.excerpt(e.getMessage(), MAX_EXCERPT));
    }
    Mark at = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
    String where = file + (at == null ? "" : ":" + (at.getLine() + 1) + ":" + (at.getColumn() + 1));
    return new InputError(where + ": " + describe(marked));
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (e instanceof DuplicateKeyException) {
      return "duplicate key '" + InputError.excerpt(problem.replaceFirst("^found duplicate key ", ""), MAX_EXCERPT)
          + "'; a key may appear once in a mapping" + line(" (the mapping starts at line %d)", e.getContextMark());
    }
    if (problem.contains("constructor for the tag") || problem.startsWith("Global tag is not allowed")) {
      return "the YAML tag '" + InputError.excerpt(problem.replaceFirst(".*(tag |allowed: )", ""), MAX_EXCERPT)
          + "' is not accepted; podsim reads plain YAML (YAML's own tags such as !!str are fine)";
    }
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab characters cannot indent YAML; indent with spaces";
    }
    if (context.startsWith("while scanning a quoted scalar")) {
      return "unclosed quote" + line(" opened at line %d", e.getContextMark()) + "; close it or remove it";
    }
    if (problem.startsWith("found undefined alias")) {
      return "alias '*" + InputError.excerpt(problem.replaceFirst("found undefined alias ", ""), MAX_EXCERPT)
          + "' refers to no anchor defined before it";
    }
    if (problem.contains("aliases for non-scalar nodes exceeds")) {
      return "more aliases than a scenario needs (over 1,000); is this file generated?";
    }
    return "not valid YAML: " + InputError.excerpt((context.isEmpty() ? "" : context + ", ") + problem, MAX_EXCERPT);
  }

  private static String line(String format, Mark mark) {
    return mark == null ? "" : String.format(format, mark.getLine() + 1);
  }
}
