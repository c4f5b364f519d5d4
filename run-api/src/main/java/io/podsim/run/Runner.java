package io.podsim.run;

import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import io.podsim.model.GpuRequest;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.gpu.GpuMetrics;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.policies.gpu.TargetWorkloadAware;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays runs and measures them: the one run loop behind every command. Runs of one runner share
 * the per-seed target workload that FGD and the GPU measures judge fragmentation against, so a
 * scenario's workload is read for it once per seed, not once per profile.
 */
public final class Runner {
  private final Map<Scenario, Map<Long, TargetWorkload>> targetWorkloads =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** Runs one scenario with one profile and seed and returns what it measured. */
  public RunResult run(RunSpec spec) throws IOException {
    return run(spec, List.of(), List.of());
  }

  /**
   * Runs it, handing the result to each sink (a sink that is a listener also hears the run) and
   * letting {@code observers} watch; every sink is closed, whether or not the run finished.
   */
  public RunResult run(RunSpec spec, List<? extends RunSink> sinks, List<? extends SimulationListener> observers)
      throws IOException {
    try {
      RunResult result = measure(spec, sinks, observers);
      for (RunSink sink : sinks) {
        sink.write(result);
      }
      return result;
    } finally {
      close(sinks);
    }
  }

  private RunResult measure(RunSpec spec, List<? extends RunSink> sinks,
      List<? extends SimulationListener> observers) {
    Scenario scenario = spec.scenario();
    Profile profile = spec.profileSource() != null ? spec.profileSource().create(scenario.schema())
        : scenario.catalog().create(spec.profile(), scenario.schema());
    if (spec.profileSource() == null) {
      for (Plugin plugin : profile.plugins()) {
        if (plugin instanceof TargetWorkloadAware aware) {
          aware.useTargetWorkload(targetWorkload(scenario, spec.seed()));
        }
      }
    }
    MetricsRecorder recorder = new MetricsRecorder(scenario.sampleInterval(), scenario.startedWithin());
    List<SimulationListener> listeners = new ArrayList<>(List.of(recorder));
    for (RunSink sink : sinks) {
      if (sink instanceof SimulationListener listener) {
        listeners.add(listener);
      }
    }
    listeners.addAll(observers);
    GpuMetrics gpus = hasGpus(scenario)
        ? new GpuMetrics(targetWorkload(scenario, spec.seed()), scenario.sampleInterval()) : null;
    if (gpus != null) {
      listeners.add(gpus);
    }
    RunStats stats;
    try (PodStream workload = scenario.workload().open(spec.seed())) {
      SimulationOptions options = new SimulationOptions(spec.seed(), scenario.horizon(), scenario.startupDelay(),
          scenario.retriesUnschedulable());
      stats = new Simulation(profile, scenario.schema(), scenario.nodes(), workload, options, listeners).run();
    }
    RunResult result = recorder.result(scenario.name(), spec.profile(), spec.seed(), stats);
    return gpus == null ? result : result.withGpu(gpus.summary(), gpus.series());
  }

  private static boolean hasGpus(Scenario scenario) {
    ResourceSchema schema = scenario.schema();
    return schema.names().contains(GpuRequest.COUNT_RESOURCE) && scenario.nodes().stream()
        .anyMatch(n -> n.allocatable().get(schema.indexOf(GpuRequest.COUNT_RESOURCE)) > 0);
  }

  /** The workload FGD measures fragmentation against, estimated from a first pass over the seed's pods. */
  private TargetWorkload targetWorkload(Scenario scenario, long seed) {
    return targetWorkloads.computeIfAbsent(scenario, s -> new ConcurrentHashMap<>()).computeIfAbsent(seed, s -> {
      TargetWorkload.Counter counter = new TargetWorkload.Counter();
      try (PodStream pods = scenario.workload().open(s)) {
        for (PodSpec pod = pods.next(); pod != null; pod = pods.next()) {
          counter.add(pod);
        }
      }
      return counter.estimate();
    });
  }

  private static void close(List<? extends RunSink> sinks) throws IOException {
    IOException first = null;
    for (RunSink sink : sinks) {
      try {
        sink.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
