package io.podsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.podsim.cli.bench.BenchFork;
import io.podsim.cli.bench.BenchHarness;
import io.podsim.cli.bench.BenchWorkload;
import io.podsim.model.InputError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podsim bench}: scheduler_perf's workload shapes, measured against kube-scheduler's thresholds. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run scheduler_perf-shaped workloads with kube-default (every node scored) and write bench.json.")
final class BenchCommand implements Callable<Integer> {
  /** A workload's runs last from milliseconds to seconds: warming up for a fixed time suits both. */
  private static final double DEFAULT_WARMUP_SECONDS = 10;
  private static final int DEFAULT_FORKS = 2;

  @Spec
  private CommandSpec spec;

  @Option(names = "--quick", description = "The 500-node variants, in well under a minute.")
  private boolean quick;

  @Option(names = "--workload", paramLabel = "NAME", description = "Run only workloads whose name starts with NAME (repeatable).")
  private List<String> only;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
      description = "Measured runs of each workload per JVM; the median run is reported (default: ${DEFAULT-VALUE}).")
  private int repeat;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "Fewest runs of each workload before the measured ones, not reported, so the JIT has compiled "
          + "the hot path (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--warmup-seconds", paramLabel = "S",
      description = "Keep warming each workload up until S seconds have passed (default: 10, 0 with --quick).")
  private Double warmupSeconds;

  @Option(names = "--forks", paramLabel = "N",
      description = "Fresh JVMs per workload, each warmed up and measured --repeat times; the median over all "
          + "their runs is reported, as one JVM's compiled code can be luckier than another's (default: 2, 1 with "
          + "--quick).")
  private Integer forkCount;

  @Option(names = "--in-process",
      description = "Run every workload in this JVM instead of a fresh JVM each (the JIT's work for one then "
          + "slows the next).")
  private boolean inProcess;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/bench", description = "Output folder (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      throw new InputError("--repeat: expected 1 or more, found " + repeat);
    }
    if (warmup < 0) {
      throw new InputError("--warmup: expected 0 or more, found " + warmup);
    }
    double warmupFor = warmupSeconds != null ? warmupSeconds : quick ? 0 : DEFAULT_WARMUP_SECONDS;
    int forks = forkCount != null ? forkCount : quick ? 1 : DEFAULT_FORKS;
    if (forks < 1) {
      throw new InputError("--forks: expected 1 or more, found " + forks);
    }
    if (!(warmupFor >= 0)) {
      throw new InputError("--warmup-seconds: expected 0 or more, found " + warmupSeconds);
    }
    List<BenchWorkload> workloads = (quick ? BenchWorkload.quick() : BenchWorkload.full()).stream()
        .filter(w -> only == null || only.stream().anyMatch(w.name()::startsWith)).toList();
    if (workloads.isEmpty()) {
      throw new InputError("--workload: no workload matches " + only + "; workloads: "
          + BenchWorkload.full().stream().map(BenchWorkload::name).toList());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("%-48s %7s %7s %12s %12s %10s %8s%n", "workload", "nodes", "pods", "pods/s", "events/s",
        "heap MiB", "× kube");
    List<BenchHarness.Result> results = new ArrayList<>();
    for (BenchWorkload workload : workloads) {
      List<BenchHarness.Result> runs = new ArrayList<>();
      for (int fork = 0; fork < (inProcess ? 1 : forks); fork++) {
        runs.addAll(inProcess ? BenchHarness.measure(workload, warmup, warmupFor, repeat)
            : BenchFork.measure(workload, quick, warmup, warmupFor, repeat));
      }
      BenchHarness.Result r = BenchHarness.median(runs);
      results.add(r);
      stdout.printf("%-48s %7d %7d %,12.0f %,12.0f %10.0f %8s%n", r.workload(), r.nodes(), r.pods(), r.podsPerSecond(),
          r.eventsPerSecond(), r.peakHeapBytes() / 1048576.0, r.ratio() == null ? "-" : String.format("%.1f", r.ratio()));
      stdout.flush();
    }
    Files.createDirectories(out);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("bench.json").toFile(), results);
    stdout.printf("wrote %s%n", out.resolve("bench.json"));
    return 0;
  }
}
