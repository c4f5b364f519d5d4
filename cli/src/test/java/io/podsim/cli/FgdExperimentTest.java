package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** podsim experiment fgd on the committed openb excerpt: the output contract and determinism. */
class FgdExperimentTest {
  private static final Path OPENB = Path.of("..", "examples", "traces", "openb");

  @TempDir
  Path dir;

  /** The first 120 GPU nodes of the excerpt, so the inflated workload stays small. */
  private Path nodes() throws IOException {
    Path nodes = dir.resolve("nodes.csv");
    if (!Files.exists(nodes)) {
      Files.write(nodes, Files.readAllLines(OPENB.resolve("openb_node_list_gpu_node.csv")).subList(0, 121));
    }
    return nodes;
  }

  private Cli run(Path out, String seeds, String... more) throws IOException {
    return runPolicies(out, seeds, "BestFit,FGD", more);
  }

  private Cli runPolicies(Path out, String seeds, String policies, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("experiment", "fgd", "--nodes", nodes().toString(),
        "--pods", OPENB.resolve("openb_pod_list_default_first1000.csv").toString(), "--seeds", seeds,
        "--policies", policies, "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void writesTheSummaryRunsAndChartAndRepeatsByteForByte() throws IOException {
    Cli first = run(dir.resolve("a"), "1,2");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("120 GPU nodes, 1,000 pods", "BestFit", "FGD");
    List<String> summary = Files.readAllLines(dir.resolve("a").resolve("fgd-summary.csv"));
    assertThat(summary.get(0))
        .isEqualTo("policy,arrived_pct,mean_unallocated_pct,median_unallocated_pct,sd_unallocated_pct,seeds,"
            + "ci95_low_unallocated_pct,ci95_high_unallocated_pct");
    assertThat(summary.get(1)).isEqualTo("BestFit,0,100.0000,100.0000,0.0000,2,100.0000,100.0000");
    assertThat(summary).filteredOn(line -> line.startsWith("FGD,100,")).singleElement()
        .satisfies(line -> assertThat(line.split(",")[5]).isEqualTo("2"));
    assertThat(summary).as("bins 0..130 per policy").hasSize(1 + 2 * 131);
    List<String> runs = Files.readAllLines(dir.resolve("a").resolve("fgd-runs.csv"));
    assertThat(runs.get(0)).startsWith("policy,seed,arrived_pct,unallocated_pct,fragment_pct");
    assertThat(runs).hasSize(1 + 2 * 2 * 131);
    assertThat(dir.resolve("a").resolve("fgd-unallocated.png")).isNotEmptyFile();
    assertThat(dir.resolve("a").resolve("fgd-unallocated.svg")).isNotEmptyFile();
    Cli again = run(dir.resolve("b"), "1,2");
    assertThat(again.exitCode()).isZero();
    for (String file : List.of("fgd-summary.csv", "fgd-runs.csv", "fgd-unallocated.svg")) {
      assertThat(Files.readString(dir.resolve("b").resolve(file))).as(file)
          .isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void badSeedsAndPoliciesAreUserErrors() throws IOException {
    Cli seeds = run(dir.resolve("c"), "9..1");
    assertThat(seeds.exitCode()).isEqualTo(2);
    assertThat(seeds.err()).contains("--seeds: expected a range such as 42..51");
    Cli policy = Cli.run("experiment", "fgd", "--nodes", "x.csv", "--pods", "y.csv", "--policies", "Tetris",
        "--out", dir.toString());
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).contains("unknown policy or profile 'Tetris'");
    Path cpuOnly = dir.resolve("cpu-only.csv");
    List<String> rows = Files.readAllLines(OPENB.resolve("openb_pod_list_default_first1000.csv"));
    Files.write(cpuOnly, rows.stream().filter(r -> r.startsWith("name") || r.split(",")[3].equals("0")).toList());
    Cli noGpu = Cli.run("experiment", "fgd", "--nodes", nodes().toString(), "--pods", cpuOnly.toString(), "--out",
        dir.resolve("h").toString());
    assertThat(noGpu.exitCode()).isEqualTo(2);
    assertThat(noGpu.err()).contains("no pod asks for a GPU, so no number of them can bring GPU demand to 130 %");
    Cli rule = run(dir.resolve("d"), "1", "--tie-break", "First");
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err()).contains("--tie-break: expected Random, NodeOrder or ShuffledNodeOrder, found 'First'");
  }

  @Test
  void anyProfileJoinsThePapersPoliciesInOneTableWithIntervals() throws IOException {
    Cli cli = runPolicies(dir.resolve("e"), "1,2,3", "FGD,kube-default,most-allocated");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("Unallocated GPUs (% of GPU capacity) when arrived GPU demand first reaches 100 %",
        "95% interval").containsPattern("(?m)^kube-default +[0-9.]+% +[0-9.]+% \\.\\. [0-9.]+%")
        .containsPattern("(?m)^most-allocated ");
  }

  @Test
  void theTieBreakDecidesPlacementsOfPoliciesWhoseScoresTie() throws IOException {
    Cli shuffled = runPolicies(dir.resolve("f"), "1", "GpuPacking");
    Cli random = runPolicies(dir.resolve("g"), "1", "GpuPacking", "--tie-break", "Random");
    assertThat(shuffled.exitCode()).isZero();
    assertThat(random.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("g").resolve("fgd-runs.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("f").resolve("fgd-runs.csv")));
  }
}
