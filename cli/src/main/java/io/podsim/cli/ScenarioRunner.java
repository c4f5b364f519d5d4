package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.gpu.GpuMetrics;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.policies.gpu.TargetWorkloadAware;
import io.podsim.scheduler.Plugin;
import io.podsim.reports.ComparisonJson;
import io.podsim.reports.NodeSeriesCsv;
import io.podsim.reports.PodsCsvWriter;
import io.podsim.reports.SeedStatistics;
import io.podsim.reports.SummaryJson;
import io.podsim.reports.TimeSeriesCsv;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every profile of a scenario on every seed (in parallel: runs are independent and
 * deterministic) and writes the outputs. With one seed: {@code <out>/<profile>/summary.json},
 * {@code timeseries.csv}, {@code pods.csv} and {@code <out>/comparison.json}. With several: each run
 * in {@code <out>/<profile>/seed-<seed>/}, the profile's {@code summary.json} holding means and
 * confidence intervals, and {@code comparison.json} adding paired differences between profiles.
 */
public final class ScenarioRunner {
  private final Scenario scenario;
  private final boolean podsCsv;
  private final RunProgress progress;
  private final Map<Long, TargetWorkload> targetWorkloads = new ConcurrentHashMap<>();

  /** {@code progress} may be null: no progress bar. */
  public ScenarioRunner(Scenario scenario, boolean podsCsv, RunProgress progress) {
    this.scenario = scenario;
    this.podsCsv = podsCsv;
    this.progress = progress;
  }

  /** The summaries to show, one per profile in order: the run itself, or the mean over seeds. */
  public List<JsonNode> runAll(List<String> profiles, List<Long> seeds, Path out) throws IOException {
    Files.createDirectories(out);
    boolean several = seeds.size() > 1;
    int tasks = profiles.size() * seeds.size();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tasks,
        Runtime.getRuntime().availableProcessors())));
    try {
      Map<String, List<Future<RunResult>>> futures = new LinkedHashMap<>();
      for (String profile : profiles) {
        List<Future<RunResult>> perSeed = new ArrayList<>();
        for (long seed : seeds) {
          Path dir = several ? out.resolve(profile).resolve("seed-" + seed) : out.resolve(profile);
          perSeed.add(pool.submit(() -> runOne(profile, seed, dir)));
        }
        futures.put(profile, perSeed);
      }
      Map<String, List<JsonNode>> summaries = new LinkedHashMap<>();
      for (var entry : futures.entrySet()) {
        List<JsonNode> perSeed = new ArrayList<>();
        for (Future<RunResult> future : entry.getValue()) {
          perSeed.add(SummaryJson.toJson(await(future)));
        }
        summaries.put(entry.getKey(), perSeed);
      }
      return several ? aggregate(summaries, seeds, out) : single(summaries, out);
    } finally {
      Pools.stop(pool);
    }
  }

  private List<JsonNode> single(Map<String, List<JsonNode>> summaries, Path out) throws IOException {
    List<JsonNode> results = summaries.values().stream().map(s -> s.get(0)).toList();
    ComparisonJson.write(results, out.resolve("comparison.json"), null);
    return results;
  }

  private List<JsonNode> aggregate(Map<String, List<JsonNode>> summaries, List<Long> seeds, Path out)
      throws IOException {
    List<JsonNode> means = new ArrayList<>();
    for (var entry : summaries.entrySet()) {
      JsonNode mean = SeedStatistics.aggregate(entry.getValue());
      SummaryJson.write(mean, out.resolve(entry.getKey()).resolve("summary.json"));
      means.add(mean);
    }
    ComparisonJson.write(means, out.resolve("comparison.json"), SeedStatistics.paired(summaries));
    return means;
  }

  /** Runs one profile on one seed, writing its outputs into {@code dir}. */
  public RunResult runOne(String profileName, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    Profile profile = scenario.catalog().create(profileName, scenario.schema());
    for (Plugin plugin : profile.plugins()) {
      if (plugin instanceof TargetWorkloadAware aware) {
        aware.useTargetWorkload(targetWorkload(seed));
      }
    }
    MetricsRecorder recorder = new MetricsRecorder(scenario.sampleInterval(), scenario.startedWithin());
    List<SimulationListener> listeners = new ArrayList<>(List.of(recorder));
    PodsCsvWriter pods = podsCsv ? new PodsCsvWriter(dir.resolve("pods.csv")) : null;
    if (pods != null) {
      listeners.add(pods);
    }
    if (progress != null) {
      listeners.add(progress.listener());
    }
    GpuMetrics gpus = hasGpus() ? new GpuMetrics(targetWorkload(seed), scenario.sampleInterval()) : null;
    if (gpus != null) {
      listeners.add(gpus);
    }
    RunStats stats;
    try (PodStream workload = scenario.workload().open(seed)) {
      SimulationOptions options = new SimulationOptions(seed, scenario.horizon(), scenario.startupDelay());
      stats = new Simulation(profile, scenario.schema(), scenario.nodes(), workload, options, listeners).run();
    } finally {
      if (pods != null) {
        pods.close();
      }
    }
    RunResult result = recorder.result(scenario.name(), profileName, seed, stats);
    if (gpus != null) {
      result = result.withGpu(gpus.summary());
      TimeSeriesCsv.write(gpus.series(), dir.resolve("gpus.csv"));
    }
    SummaryJson.write(result, dir.resolve("summary.json"));
    TimeSeriesCsv.write(result.timeSeries(), dir.resolve("timeseries.csv"));
    if (result.nodeSeries() != null) {
      NodeSeriesCsv.write(result.nodeSeries(), dir.resolve("nodes.csv"));
    }
    return result;
  }

  private boolean hasGpus() {
    ResourceSchema schema = scenario.schema();
    return schema.names().contains(GpuRequest.COUNT_RESOURCE) && scenario.nodes().stream()
        .anyMatch(n -> n.allocatable().get(schema.indexOf(GpuRequest.COUNT_RESOURCE)) > 0);
  }

  /** The workload FGD measures fragmentation against, estimated from a first pass over the seed's pods. */
  private TargetWorkload targetWorkload(long seed) {
    return targetWorkloads.computeIfAbsent(seed, s -> {
      TargetWorkload.Counter counter = new TargetWorkload.Counter();
      try (PodStream pods = scenario.workload().open(s)) {
        for (PodSpec pod = pods.next(); pod != null; pod = pods.next()) {
          counter.add(pod);
        }
      }
      return counter.estimate();
    });
  }

  private static RunResult await(Future<RunResult> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputError inputError) {
        throw inputError;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
