package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.model.GpuRequest;
import io.podsim.model.LabelRequirement;
import io.podsim.model.NodeAffinity;
import io.podsim.model.NodeSelectorTerm;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reusing node-local plugins' answers for pods of the same shape changes nothing: on random
 * clusters (taints, zones, GPU nodes) and workloads of few shapes (priorities that preempt,
 * tolerations, node selectors, host ports, GPU shares and whole GPUs, pods that end), every profile
 * binds and evicts the same pods on the same nodes at the same times with and without the reuse.
 */
class NodeAnswerReuseTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.of(List.of(GpuRequest.COUNT_RESOURCE,
      GpuRequest.MILLI_RESOURCE));

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String profile : List.of("kube-default", "most-allocated", "least-allocated", "dot-product", "first-fit")) {
      for (long seed = 0; seed < 6; seed++) {
        runs.add(Arguments.of(profile, seed));
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("runs")
  void reuseBindsAndEvictsExactlyAsFreshEvaluation(String profileName, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NodeSpec> nodes = nodes(random);
    List<PodSpec> shapes = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      shapes.add(shape(random, s));
    }
    List<PodSpec> pods = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      PodSpec shape = shapes.get(random.nextInt(shapes.size()));
      long duration = random.nextInt(4) == 0 ? PodSpec.NO_DURATION : (10 + random.nextInt(300)) * 1_000_000L;
      pods.add(new PodSpec("p" + i, null, shape.requests(), shape.labels(), shape.priority(), i * 2_000_000L, duration,
          shape.tolerations(), shape.placement(), true, random.nextBoolean() ? "owner-" + i % 7 : null, List.of(),
          shape.gpu()));
    }
    assertThat(events(BuiltInProfiles.create(profileName, SCHEMA), nodes, pods))
        .isEqualTo(events(BuiltInProfiles.create(profileName, SCHEMA).withoutNodeAnswerReuse(), nodes, pods));
  }

  private static List<NodeSpec> nodes(SplittableRandom random) {
    List<NodeSpec> nodes = new ArrayList<>();
    for (int i = 0; i < 8 + random.nextInt(25); i++) {
      int gpus = random.nextInt(3) == 0 ? 4 : 0;
      Map<String, String> labels = new HashMap<>(Map.of("kubernetes.io/hostname", "n" + i, NodeSpec.ZONE_LABEL,
          "z" + random.nextInt(3), "disk", random.nextBoolean() ? "ssd" : "hdd"));
      if (gpus > 0) {
        labels.put(GpuRequest.MODEL_LABEL, random.nextBoolean() ? "T4" : "V100");
      }
      List<Taint> taints = random.nextInt(5) == 0 ? List.of(new Taint("dedicated", "batch",
          random.nextBoolean() ? TaintEffect.NO_SCHEDULE : TaintEffect.PREFER_NO_SCHEDULE)) : List.of();
      nodes.add(new NodeSpec("n" + i, Resources.of(8000, 32L << 30, 0, 30, gpus, gpus * 1000L), labels, taints, false));
    }
    return nodes;
  }

  private static PodSpec shape(SplittableRandom random, int index) {
    GpuRequest gpu = switch (random.nextInt(4)) {
      case 0 -> new GpuRequest(1, 250 + 250 * random.nextInt(3), List.of());
      case 1 -> new GpuRequest(1 + random.nextInt(2), 1000, random.nextBoolean() ? List.of("T4") : List.of());
      default -> GpuRequest.NONE;
    };
    Map<String, String> selector = random.nextInt(4) == 0 ? Map.of("disk", "ssd") : Map.of();
    List<Placement.HostPort> ports = random.nextInt(5) == 0 ? List.of(new Placement.HostPort(8080, null, null))
        : List.of();
    List<Toleration> tolerations = random.nextBoolean() ? List.of(new Toleration("dedicated", Toleration.Operator.EXISTS,
        null, null)) : List.of();
    long cpu = 250L * (1 + random.nextInt(12));
    return new PodSpec("shape" + index, null, Resources.of(cpu, (1L + random.nextInt(8)) << 30, 0, 0, 0,
        gpu.totalMilli()), Map.of("app", "a" + index), random.nextInt(3) == 0 ? 100 : 0, 0, PodSpec.NO_DURATION,
        tolerations, new Placement(null, selector, preferDisk(random), null, null, null, ports), true, null, List.of(),
        gpu);
  }

  /** Sometimes a preferred node affinity for one disk type, so NodeAffinity scores and normalizes. */
  private static NodeAffinity preferDisk(SplittableRandom random) {
    if (random.nextBoolean()) {
      return null;
    }
    NodeSelectorTerm term = new NodeSelectorTerm(List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN,
        List.of(random.nextBoolean() ? "ssd" : "hdd"))), List.of());
    return new NodeAffinity(null, List.of(new NodeAffinity.Preferred(1 + random.nextInt(100), term)));
  }

  private static List<String> events(Profile profile, List<NodeSpec> nodes, List<PodSpec> pods) {
    List<String> events = new ArrayList<>();
    SimulationListener recorder = new SimulationListener() {
      @Override
      public void onPodBound(long now, Pod pod) {
        events.add(now + " bind " + pod.spec().name() + " " + pod.node() + " " + List.of(pod.gpuDevices().length));
      }

      @Override
      public void onPodEnded(long now, Pod pod) {
        events.add(now + " end " + pod.spec().name() + " " + pod.phase());
      }
    };
    PodStream stream = new PodStream() {
      private int next;

      @Override
      public PodSpec next() {
        return next < pods.size() ? pods.get(next++) : null;
      }
    };
    RunStats stats = new Simulation(profile, SCHEMA, nodes, stream, new SimulationOptions(3, 900_000_000L, 0),
        List.of(recorder)).run();
    assertThat(events).isNotEmpty();
    stats.plugins().forEach(plugin -> events.add(plugin.toString()));
    return events;
  }
}
