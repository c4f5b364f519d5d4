package io.podsim.benchmarks;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodPhase;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Placements in steady state: each operation schedules a pod considering every node, binds it,
 * and ends the oldest running pod, so the cluster stays half full. The figure is placements per
 * second. With {@code reuse} off every cycle visits every node (the plain path); with it on the
 * framework re-evaluates only the nodes that changed since the previous cycle.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlacementBenchmark {
  private static final long GI = 1L << 30;
  private static final int CORES_PER_NODE = 16;

  @Param({"1000", "5000"})
  int nodes;

  @Param({"least-allocated", "kube-default"})
  String profile;

  @Param({"true", "false"})
  boolean reuse;

  private ClusterState cluster;
  private SchedulingFramework framework;
  private Pod[] running;
  private int oldest;
  private int sequence;
  private PodSpec spec;

  /** Identical 16-core nodes, half filled with 1-core pods placed by the framework itself. */
  @Setup(Level.Trial)
  public void setUp() {
    ResourceSchema schema = ResourceSchema.standard();
    cluster = new ClusterState(schema);
    for (int i = 0; i < nodes; i++) {
      cluster.addNode(new NodeSpec("n" + i, Resources.of(CORES_PER_NODE * 1000, 64 * GI, 0, 110),
          Map.of("kubernetes.io/hostname", "n" + i, NodeSpec.ZONE_LABEL, "zone-" + i % 3), List.of(), false));
    }
    Profile chosen = BuiltInProfiles.create(profile, schema).withPercentageOfNodesToScore(100);
    framework = new SchedulingFramework(reuse ? chosen : chosen.withoutNodeAnswerReuse(), cluster,
        new SplittableRandom(2));
    spec = new PodSpec("pod", "default", Resources.of(1000, 2 * GI, 0, 0), Map.of("app", "web"), 0, 0,
        PodSpec.NO_DURATION, List.of());
    running = new Pod[nodes * CORES_PER_NODE / 2];
    for (int i = 0; i < running.length; i++) {
      running[i] = place();
    }
  }

  private Pod place() {
    Pod pod = new Pod(sequence++, spec);
    cluster.bind(pod, framework.schedule(pod, null).node(), 0);
    return pod;
  }

  @Benchmark
  public int placeOne() {
    cluster.end(running[oldest], 0, PodPhase.SUCCEEDED);
    Pod pod = place();
    running[oldest] = pod;
    oldest = (oldest + 1) % running.length;
    return pod.node();
  }
}
