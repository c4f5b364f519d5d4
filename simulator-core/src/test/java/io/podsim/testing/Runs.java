package io.podsim.testing;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.RunResult;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a small simulation in memory and keeps what tests want to look at. */
public final class Runs {
  /** What a test run produced: the result and every pod's final state by name. */
  public record Outcome(RunResult result, Map<String, Pod> pods, Map<String, PodOutcome> states) {}

  private Runs() {}

  public static Outcome run(Profile profile, List<NodeSpec> nodes, List<PodSpec> pods, long seed, long horizon,
      SimulationListener... extra) {
    return run(profile, nodes, pods, new SimulationOptions(seed, horizon, 0), extra);
  }

  /** A run played with these options. */
  public static Outcome run(Profile profile, List<NodeSpec> nodes, List<PodSpec> pods, SimulationOptions options,
      SimulationListener... extra) {
    long seed = options.seed();
    MetricsRecorder recorder = new MetricsRecorder(1_000_000L);
    Map<String, Pod> byName = new LinkedHashMap<>();
    Map<String, PodOutcome> states = new LinkedHashMap<>();
    List<SimulationListener> listeners = new ArrayList<>(List.of(recorder, new SimulationListener() {
      @Override
      public void onPodFinal(Pod pod, PodOutcome outcome) {
        byName.put(pod.spec().name(), pod);
        if (states.put(pod.spec().name(), outcome) != null) {
          throw new AssertionError("pod " + pod.spec().name() + " finalized twice");
        }
      }
    }));
    listeners.addAll(List.of(extra));
    List<PodSpec> sorted = pods.stream().sorted(Comparator.comparingLong(PodSpec::arrival)).toList();
    PodStream stream = new PodStream() {
      int next;

      @Override
      public PodSpec next() {
        return next < sorted.size() ? sorted.get(next++) : null;
      }
    };
    RunStats stats = new Simulation(profile, Nodes.SCHEMA, nodes, stream,
        options, listeners).run();
    return new Outcome(recorder.result("test", profile.name(), seed, stats), byName, states);
  }
}
