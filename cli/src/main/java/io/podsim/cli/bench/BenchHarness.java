package io.podsim.cli.bench;

import io.podsim.cluster.Pod;
import io.podsim.engine.SimulationListener;
import io.podsim.metrics.RunResult;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import io.podsim.run.RunSpec;
import io.podsim.run.Runner;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.stream.ListPodStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs one workload with kube-default scoring every node and measures it: measured pods bound per
 * wall second (from the first measured arrival to the last measured bind), events per second over
 * the whole run, and the peak heap.
 */
public final class BenchHarness {
  /** scheduler_perf measures the default scheduler, so bench does too. */
  private static final String PROFILE = "kube-default";
  private BenchHarness() {}

  /** One workload's measurements, as written to bench.json ({@code runs}: how many runs they summarize). */
  public record Result(String workload, int nodes, int pods, double podsPerSecond, double eventsPerSecond,
      long peakHeapBytes, Double kubeSchedulerThreshold, Double ratio, int runs) {}

  /**
   * The run with the median pods per second (the lower middle one for an even count), with the
   * highest peak heap of all runs: one short run is at the mercy of JIT compilation and GC pauses.
   */
  public static Result median(List<Result> runs) {
    List<Result> sorted = runs.stream().sorted(Comparator.comparingDouble(Result::podsPerSecond)).toList();
    Result middle = sorted.get((sorted.size() - 1) / 2);
    long peak = runs.stream().mapToLong(Result::peakHeapBytes).max().orElseThrow();
    return new Result(middle.workload(), middle.nodes(), middle.pods(), middle.podsPerSecond(),
        middle.eventsPerSecond(), peak, middle.kubeSchedulerThreshold(), middle.ratio(), runs.size());
  }

  /**
   * Warms the workload up (at least {@code warmupRuns} runs and {@code warmupSeconds} seconds, not
   * reported), then runs it {@code repeat} times and returns those runs.
   */
  public static List<Result> measure(BenchWorkload workload, int warmupRuns, double warmupSeconds, int repeat) {
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int i = 0; i < warmupRuns || System.nanoTime() < warmupEnd; i++) {
      run(workload);
    }
    List<Result> runs = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      runs.add(run(workload));
    }
    return runs;
  }

  /** One run of the workload through the run API, measured. */
  public static Result run(BenchWorkload workload) {
    // as JMH's -gc: a run starts on an empty young generation, so the last run's garbage costs it no pause
    System.gc();
    List<PodSpec> pods = workload.podSpecs();
    Scenario scenario = Scenario.of(workload.name(), ResourceSchema.standard(), workload.nodeSpecs(),
        seed -> new ListPodStream(pods), ProfileCatalog.builtIn().withPercentageOfNodesToScore(100));
    MeasuredPods measured = new MeasuredPods();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    RunResult result;
    try {
      result = new Runner().run(new RunSpec(scenario, PROFILE, 1), List.of(), List.of(measured));
    } catch (IOException e) {
      throw new UncheckedIOException("a bench run writes no file", e);
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double seconds = Math.max(1e-9, (measured.lastBind - measured.firstArrival) / 1e9);
    double podsPerSecond = measured.bound / seconds;
    Double ratio = workload.threshold() == null ? null : podsPerSecond / workload.threshold();
    return new Result(workload.name(), workload.nodes(), pods.size(), podsPerSecond,
        result.simulation().eventsPerSecond(), peak, workload.threshold(), ratio, 1);
  }

  /** Wall-clock span and count of the measured pods' scheduling. */
  private static final class MeasuredPods implements SimulationListener {
    private long firstArrival;
    private long lastBind;
    private int bound;

    @Override
    public void onPodArrived(long now, Pod pod) {
      if (firstArrival == 0 && pod.spec().name().startsWith("measure-")) {
        firstArrival = System.nanoTime();
      }
    }

    @Override
    public void onPodBound(long now, Pod pod) {
      if (pod.spec().name().startsWith("measure-")) {
        bound++;
        lastBind = System.nanoTime();
      }
    }
  }
}
