package io.podsim.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures one workload in a JVM of its own, as JMH forks: code the JIT compiled and profiled for
 * one workload would otherwise slow the next (in one JVM, TopologySpreading measured half its
 * speed after the other workloads had run). {@link #main} is the child's side.
 */
public final class BenchFork {
  private static final long MIB = 1L << 20;
  /** The child's starting heap unless given: enough that no workload needs to grow it. */
  private static final long FIXED_HEAP = 2048 * MIB;

  private BenchFork() {}

  /** Runs the workload in a child JVM with this JVM's options and class path; returns its measured runs. */
  public static List<BenchHarness.Result> measure(BenchWorkload workload, boolean quick, int warmupRuns,
      double warmupSeconds, int repeat) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    command.addAll(options);
    if (options.stream().noneMatch(option -> option.startsWith("-Xms"))) {
      // a heap that cannot shrink: after the collection before each run, a shrunken heap would
      // collect every few milliseconds, inside the measured windows
      command.add("-Xms" + Math.min(FIXED_HEAP, Runtime.getRuntime().maxMemory()) / MIB + "m");
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchFork.class.getName(), workload.name(),
        Boolean.toString(quick), Integer.toString(warmupRuns), Double.toString(warmupSeconds),
        Integer.toString(repeat)));
    try {
      Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out;
      try (InputStream stdout = child.getInputStream()) {
        out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      }
      int exit = child.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("the benchmark JVM for " + workload.name() + " exited with " + exit);
      }
      return List.of(new ObjectMapper().readValue(out, BenchHarness.Result[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + workload.name(), e);
    }
  }

  /** The child: {@code NAME QUICK WARMUP_RUNS WARMUP_SECONDS REPEAT}; prints the measured runs as JSON. */
  public static void main(String[] args) throws IOException {
    boolean quick = Boolean.parseBoolean(args[1]);
    BenchWorkload workload = (quick ? BenchWorkload.quick() : BenchWorkload.full()).stream()
        .filter(w -> w.name().equals(args[0])).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no workload " + args[0]));
    List<BenchHarness.Result> runs = BenchHarness.measure(workload, Integer.parseInt(args[2]),
        Double.parseDouble(args[3]), Integer.parseInt(args[4]));
    System.out.print(new ObjectMapper().writeValueAsString(runs));
    System.out.flush();
  }
}
