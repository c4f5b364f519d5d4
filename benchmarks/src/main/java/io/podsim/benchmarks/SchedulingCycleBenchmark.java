package io.podsim.benchmarks;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.policies.BuiltInProfiles;
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
 * One scheduling cycle (filter and score every node, pick the best) on a half-full cluster, for
 * each built-in profile and cluster size. The cluster is not changed, so every call does the same
 * work: the figure is placements per second of the hot loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchedulingCycleBenchmark {
  private static final long GI = 1L << 30;

  @Param({"1000", "5000"})
  int nodes;

  @Param({"least-allocated", "most-allocated"})
  String profile;

  private SchedulingFramework framework;
  private Pod pod;

  /** Builds a cluster of identical 16-core nodes, each holding a random share of pods. */
  @Setup(Level.Trial)
  public void setUp() {
    ResourceSchema schema = ResourceSchema.standard();
    ClusterState cluster = new ClusterState(schema);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < nodes; i++) {
      cluster.addNode(new NodeSpec("n" + i, Resources.of(16_000, 64 * GI, 0, 110), Map.of(), List.of(), false));
      for (int k = random.nextInt(8); k > 0; k--) {
        cluster.bind(new Pod(-1, PodSpec.of("filler", Resources.of(1000, 4 * GI, 0, 0), 0, -1)), i, 0);
      }
    }
    framework = new SchedulingFramework(BuiltInProfiles.create(profile, schema).withPercentageOfNodesToScore(100),
        cluster, new SplittableRandom(2));
    pod = new Pod(0, PodSpec.of("probe", Resources.of(500, GI, 0, 0), 0, -1));
  }

  @Benchmark
  public int scheduleOne() {
    return framework.schedule(pod, null).node();
  }
}
