package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class PodsimCommandTest {
  static final String SMALL = """
      name: small
      seed: 5
      horizon: 2h
      cluster:
        nodePools:
          - {name: a, count: 3, resources: {cpu: "4", memory: 16Gi}, zones: [z1, z2]}
      workload:
        pods:
          - {name: big, arrival: 0s, requests: {cpu: "6"}}
        synthetic:
          pods: 300
          arrivalRate: 0.1
          duration: {distribution: exponential, mean: 10m}
          shapes:
            - {name: s, weight: 3, requests: {cpu: 500m, memory: 1Gi}}
            - {name: l, weight: 1, requests: {cpu: "2", memory: 4Gi}}
      profiles: [least-allocated, most-allocated]
      """;

  @TempDir
  Path dir;

  @Test
  void helpReachesNestedCommands() {
    Cli cli = Cli.run("help", "experiment", "fgd");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Usage: podsim experiment fgd");
  }

  @Test
  void versionNamesTheKubernetesReleasePodsimFollows() {
    Cli cli = Cli.run("--version");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("podsim ").contains("follows Kubernetes v1.33 scheduling semantics");
  }

  @Test
  void helpListsTheCommands() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("run", "validate", "profiles");
  }

  /** Picocli formats help texts with String.format and only warns on stderr when a lone '%' breaks one. */
  @Test
  void everyUsageMessageRendersWithoutFormatWarnings() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> messages = new ArrayList<>();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      collectUsage(PodsimCommand.commandLine(), messages);
    } finally {
      System.setErr(stderr);
    }
    assertThat(messages).hasSizeGreaterThan(5);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static void collectUsage(CommandLine command, List<String> messages) {
    messages.add(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> collectUsage(sub, messages));
  }

  @Test
  void profilesListsBuiltInProfilesWithTheirPluginsAndWeights() {
    Cli cli = Cli.run("profiles");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("kube-default", "least-allocated", "most-allocated",
        "TaintToleration ×3, NodeAffinity ×2, NodeResourcesFit ×1, PodTopologySpread ×2, InterPodAffinity ×2,"
            + " NodeResourcesBalancedAllocation ×1", "queueSort   PrioritySort", "postFilter  DefaultPreemption");
    String mostAllocated = cli.out().substring(cli.out().indexOf("  most-allocated"), cli.out().indexOf("  locality-aware"));
    assertThat(mostAllocated).contains("tieBreak    Random (a seeded draw among the best nodes",
        "args        NodeResourcesFit: scoringStrategy MostAllocated over cpu ×1, memory ×1");
    String kubeDefault = cli.out().substring(cli.out().indexOf("  kube-default"), cli.out().indexOf("  least-allocated"));
    assertThat(kubeDefault).contains("NodeResourcesFit: scoringStrategy LeastAllocated over cpu ×1, memory ×1",
        "InterPodAffinity: hardPodAffinityWeight 1", "DefaultPreemption: minCandidateNodesPercentage 10,"
            + " minCandidateNodesAbsolute 100");
  }

  @Test
  void validateReadsTheWholeWorkload() throws IOException {
    Cli cli = Cli.run("validate", write("s.yaml", SMALL).toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("ok (3 nodes, 301 pods, profiles least-allocated, most-allocated)");
  }

  @Test
  void runPrintsTheComparisonAndWritesEveryOutput() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("run", write("s.yaml", SMALL).toString(), "--out", out.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("least-allocated", "most-allocated", "cpu utilization mean", "latency p99");
    for (String profile : new String[] {"least-allocated", "most-allocated"}) {
      assertThat(out.resolve(profile).resolve("summary.json")).isNotEmptyFile();
      assertThat(out.resolve(profile).resolve("timeseries.csv")).isNotEmptyFile();
      assertThat(Files.readAllLines(out.resolve(profile).resolve("pods.csv"))).hasSize(302);
    }
    assertThat(out.resolve("comparison.json")).isNotEmptyFile();
  }

  @Test
  void profileAndSeedOptionsNarrowAndReseedTheRun() throws IOException {
    Path out = dir.resolve("one");
    Cli cli = Cli.run("run", write("s.yaml", SMALL).toString(), "--profile", "most-allocated", "--seed", "9",
        "--no-pods-csv", "--out", out.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(out.resolve("least-allocated")).doesNotExist();
    assertThat(out.resolve("most-allocated").resolve("pods.csv")).doesNotExist();
    assertThat(Files.readString(out.resolve("most-allocated").resolve("summary.json"))).contains("\"seed\" : 9");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("a missing scenario file", new String[] {"run", "nope.yaml"}, "nope.yaml: no such scenario file"),
        Arguments.of("an unknown profile option", new String[] {"run", "@SMALL", "--profile", "fast"},
            "--profile: unknown profile 'fast'"),
        Arguments.of("a malformed quantity", new String[] {"validate", "@BAD"}, "invalid quantity '4 cores'"),
        Arguments.of("an unknown option", new String[] {"run", "@SMALL", "--sed", "3"},
            "podsim run: unknown option '--sed' (see 'podsim run --help')"),
        Arguments.of("a malformed seed", new String[] {"run", "@SMALL", "--seed", "x"}, "Invalid value for option '--seed'"),
        Arguments.of("a gate rule without its sign and unit", new String[] {"compare", "@SMALL", "--fail-on",
            "latency.scheduling.p99:10"}, "podsim compare: --fail-on 'latency.scheduling.p99:10': expected METRIC:+N%"),
        Arguments.of("an unknown command, even with --help", new String[] {"sweep", "--help"},
            "podsim: 'sweep' is not a command; commands: run, validate"),
        Arguments.of("an unknown subcommand", new String[] {"experiment", "sweep"},
            "podsim experiment: 'sweep' is not a command; commands: fgd"),
        Arguments.of("help for an unknown command", new String[] {"help", "experiment", "nope"},
            "podsim: help: 'nope' is not a command of podsim experiment; commands: fgd"),
        Arguments.of("more seeds than a run may take", new String[] {"run", "@SMALL", "--seeds", "2000000000"},
            "podsim: --seeds: expected a whole number from 1 to 10000, found 2000000000"),
        Arguments.of("seeds that run past the largest seed", new String[] {"run", "@SMALL", "--seed",
            "9223372036854775806", "--seeds", "5"}, "podsim: --seeds: 5 seeds from 9223372036854775806 run past"),
        Arguments.of("an empty --out", new String[] {"run", "@SMALL", "--out", ""},
            "podsim: --out: expected a folder, found an empty path"),
        Arguments.of("an --out that is a file", new String[] {"run", "@SMALL", "--out", "@SMALL"}, "is a file, not a folder"),
        Arguments.of("a profile named twice", new String[] {"run", "@SMALL", "--profile", "most-allocated", "--profile",
            "most-allocated"}, "podsim: --profile: a profile is named twice"),
        Arguments.of("a scenario name that leaves the output folder", new String[] {"validate", "@ESCAPE"},
            "name: '../../escape' cannot name the output folder"),
        Arguments.of("an empty scenario file", new String[] {"validate", "/dev/null"},
            "podsim: /dev/null: the scenario file is empty"));
  }

  @ParameterizedTest(name = "{0} exits 2 with one clear line")
  @MethodSource("mistakes")
  void userMistakesExitTwoWithoutAStackTrace(String description, String[] args, String expected) throws IOException {
    Path small = write("s.yaml", SMALL);
    Path bad = write("bad.yaml", SMALL.replace("cpu: \"4\"", "cpu: 4 cores"));
    Path escape = write("escape.yaml", SMALL.replace("name: small", "name: ../../escape"));
    String[] resolved = Stream.of(args)
        .map(a -> a.equals("@SMALL") ? small.toString() : a.equals("@BAD") ? bad.toString()
            : a.equals("@ESCAPE") ? escape.toString() : a)
        .toArray(String[]::new);
    Cli cli = Cli.run(resolved);
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(cli.err().lines()).as(cli.err()).hasSize(1);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aBrokenTraceRowStopsTheRunWithItsLine() throws IOException {
    write("trace.csv", "name,arrival,cpu\na,0,1\nb,1,lots\n");
    String scenario = SMALL.replace("  synthetic:", "  trace: {format: csv, path: trace.csv}\n  synthetic:");
    Cli cli = Cli.run("run", write("t.yaml", scenario).toString(), "--out", dir.resolve("o").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().strip()).startsWith("podsim: ").endsWith("such as 500m, 2, 64Gi or 1.5T")
        .contains("trace.csv:3: cpu: invalid quantity 'lots'").doesNotContain("\n");
  }

  @Test
  void badRowsAreCountedInTheSummaryWhenTheScenarioSkipsThem() throws IOException {
    write("trace.csv", "name,arrival,cpu\na,0,1\nb,1,lots\nc,2\nd,3,1\n");
    String scenario = SMALL.replace("  synthetic:",
        "  trace: {format: csv, path: trace.csv, skipBadRows: true}\n  synthetic:");
    Path file = write("t.yaml", scenario);
    Cli validate = Cli.run("validate", file.toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("workload trace (csv): 2 pods", "synthetic: 300 pods",
        "workload trace (csv): skipped 1 rows: malformed: cpu",
        "workload trace (csv): skipped 1 rows: malformed: wrong number of fields");
    Cli run = Cli.run("run", file.toString(), "--out", dir.resolve("o").toString(), "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String summary = Files.readString(dir.resolve("o").resolve("least-allocated").resolve("summary.json"));
    assertThat(summary.replaceAll("\\s+", "")).contains(
        "\"skippedRows\":{\"malformed:cpu\":1,\"malformed:wrongnumberoffields\":1}", "\"total\":303");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
