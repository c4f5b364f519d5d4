package io.podsim.cli;

import io.podsim.model.InputError;
import io.podsim.reports.ComparisonReport;
import io.podsim.reports.GateRule;
import io.podsim.reports.GateVerdict;
import io.podsim.reports.ResultSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim compare}: runs side by side, against a baseline, with a CI gate. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare results of podsim run or podsim bench, optionally against a baseline; exit 1 when a"
        + " --fail-on rule is broken or a result has no partner in the baseline.")
final class CompareCommand implements Callable<Integer> {
  /** Exit code when a gate rule is broken. */
  static final int REGRESSION = 1;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "RESULT", arity = "1..*",
      description = "Output folders of podsim run or bench (or profile folders, comparison or bench.json files).")
  private List<Path> results;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A baseline from podsim baseline (or any result); profiles are matched by name.")
  private Path baselineFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, markdown, csv or json (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--fail-on", paramLabel = "RULE",
      description = "A regression rule such as latency.scheduling.p99:+10%% or utilization.cpu.mean:-0.02"
          + " (repeatable; needs --baseline).")
  private List<GateRule> rules = List.of();

  @Override
  public Integer call() {
    ComparisonReport.Format chosen = parseFormat();
    List<ResultSet> runs = results.stream().map(ResultSet::load).toList();
    ResultSet baseline = baselineFile == null ? null : ResultSet.load(baselineFile);
    if (!rules.isEmpty() && baseline == null) {
      throw new InputError("--fail-on needs --baseline FILE to compare against");
    }
    GateVerdict verdict = rules.isEmpty() ? null : GateVerdict.check(runs, baseline, rules);
    PrintWriter out = spec.commandLine().getOut();
    out.print(new ComparisonReport(runs, baseline).render(chosen, verdict));
    out.flush();
    if (verdict == null) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    verdict.reasons().forEach(err::println);
    err.println(verdict.headline() + " against " + baselineFile);
    return verdict.holds() ? 0 : REGRESSION;
  }

  private ComparisonReport.Format parseFormat() {
    try {
      return ComparisonReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputError("--format: expected table, markdown, csv or json, found '" + format + "'");
    }
  }
}
