package io.podsim.policies;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a built-in profile over a few nodes and pods and returns every pod's final state by name. */
public final class Simulations {
  private Simulations() {}

  /** What happened to one pod. */
  public record Fate(Pod pod, PodOutcome outcome, String node) {}

  /** A node with {@code cpus} whole cores, plenty of memory and the given taints. */
  public static NodeSpec node(String name, int cpus, Taint... taints) {
    return new NodeSpec(name, Resources.of(cpus * 1000L, 64L << 30, 0, 110), Map.of("kubernetes.io/hostname", name),
        List.of(taints), false);
  }

  /** A pod asking {@code cpus} whole cores. */
  public static PodSpec pod(String name, int cpus, int priority, double arrivalSeconds) {
    return new PodSpec(name, null, Resources.of(cpus * 1000L, 0, 0, 0), Map.of(), priority,
        Math.round(arrivalSeconds * 1e6), PodSpec.NO_DURATION, List.of());
  }

  public static Map<String, Fate> run(String profile, List<NodeSpec> nodes, List<PodSpec> pods, long horizonSeconds) {
    ResourceSchema schema = ResourceSchema.standard();
    Map<String, Fate> fates = new LinkedHashMap<>();
    List<NodeSpec> nodeList = List.copyOf(nodes);
    SimulationListener recorder = new SimulationListener() {
      @Override
      public void onPodFinal(Pod pod, PodOutcome outcome) {
        String node = pod.node() < 0 ? null : nodeList.get(pod.node()).name();
        fates.put(pod.spec().name(), new Fate(pod, outcome, node));
      }
    };
    List<PodSpec> sorted = pods.stream().sorted(Comparator.comparingLong(PodSpec::arrival)).toList();
    PodStream stream = new PodStream() {
      private int next;

      @Override
      public PodSpec next() {
        return next < sorted.size() ? sorted.get(next++) : null;
      }
    };
    new Simulation(BuiltInProfiles.create(profile, schema), schema, nodes, stream,
        new SimulationOptions(1, horizonSeconds * 1_000_000L, 0), List.of(recorder)).run();
    return fates;
  }
}
