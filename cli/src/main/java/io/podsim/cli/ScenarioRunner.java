package io.podsim.cli;

import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import io.podsim.model.InputError;
import io.podsim.model.PodStream;
import io.podsim.reports.ComparisonJson;
import io.podsim.reports.PodsCsvWriter;
import io.podsim.reports.SummaryJson;
import io.podsim.reports.TimeSeriesCsv;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every profile of a scenario (in parallel, each run independent and deterministic) and
 * writes {@code <out>/<profile>/summary.json}, {@code timeseries.csv}, {@code pods.csv} and
 * {@code <out>/comparison.json}.
 */
public final class ScenarioRunner {
  private final Scenario scenario;
  private final long seed;
  private final boolean podsCsv;

  public ScenarioRunner(Scenario scenario, long seed, boolean podsCsv) {
    this.scenario = scenario;
    this.seed = seed;
    this.podsCsv = podsCsv;
  }

  /** Runs the profiles and writes the outputs under {@code out}; results come in profile order. */
  public List<RunResult> runAll(List<String> profiles, Path out) throws IOException {
    Files.createDirectories(out);
    int threads = Math.max(1, Math.min(profiles.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (String profile : profiles) {
        futures.add(pool.submit(() -> runOne(profile, out.resolve(profile))));
      }
      List<RunResult> results = new ArrayList<>();
      for (Future<RunResult> future : futures) {
        results.add(await(future));
      }
      ComparisonJson.write(results, out.resolve("comparison.json"));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one profile, writing its outputs into {@code dir}. */
  public RunResult runOne(String profileName, Path dir) throws IOException {
    Files.createDirectories(dir);
    Profile profile = scenario.catalog().create(profileName, scenario.schema());
    MetricsRecorder recorder = new MetricsRecorder(scenario.sampleInterval());
    List<SimulationListener> listeners = new ArrayList<>(List.of(recorder));
    PodsCsvWriter pods = podsCsv ? new PodsCsvWriter(dir.resolve("pods.csv")) : null;
    if (pods != null) {
      listeners.add(pods);
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
    SummaryJson.write(result, dir.resolve("summary.json"));
    TimeSeriesCsv.write(result.timeSeries(), dir.resolve("timeseries.csv"));
    return result;
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
