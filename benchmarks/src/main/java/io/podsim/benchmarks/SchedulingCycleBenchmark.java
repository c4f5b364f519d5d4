package io.podsim.benchmarks;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * One scheduling cycle (filter and score every node, pick the best) on a half-full cluster in three
 * zones, for each profile, cluster size and kind of placement term on the probe pod. The cluster is
 * not changed, so every call does the same work: the figure is placements per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchedulingCycleBenchmark {
  private static final long GI = 1L << 30;
  private static final String HOST = "kubernetes.io/hostname";
  private static final int APPS = 10;

  /** The probe pod's placement term; it refers to the pods of one of the {@value #APPS} filler apps. */
  public enum Term {
    NONE,
    ANTI_AFFINITY,
    AFFINITY,
    SPREAD
  }

  @Param({"1000", "5000", "10000"})
  int nodes;

  @Param({"least-allocated", "kube-default"})
  String profile;

  @Param({"NONE", "ANTI_AFFINITY", "AFFINITY", "SPREAD"})
  Term term;

  private SchedulingFramework framework;
  /** Two probes of different shapes, alternated so that no cycle reuses the last one's node answers. */
  private Pod[] probes;
  private int cycle;

  /** Builds identical 16-core nodes, each holding up to 7 pods of random filler apps. */
  @Setup(Level.Trial)
  public void setUp() {
    ResourceSchema schema = ResourceSchema.standard();
    ClusterState cluster = new ClusterState(schema);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < nodes; i++) {
      Map<String, String> labels = Map.of(HOST, "n" + i, NodeSpec.ZONE_LABEL, "zone-" + i % 3);
      cluster.addNode(new NodeSpec("n" + i, Resources.of(16_000, 64 * GI, 0, 110), labels, List.of(), false));
      for (int k = random.nextInt(8); k > 0; k--) {
        cluster.bind(new Pod(-1, filler("app-" + random.nextInt(APPS))), i, 0);
      }
    }
    framework = new SchedulingFramework(BuiltInProfiles.create(profile, schema).withPercentageOfNodesToScore(100),
        cluster, new SplittableRandom(2));
    probes = new Pod[] {probe(500), probe(501)};
  }

  private Pod probe(long milliCpu) {
    return new Pod(0, new PodSpec("probe", "default", Resources.of(milliCpu, GI, 0, 0), Map.of("app", "app-0"), 0, 0,
        PodSpec.NO_DURATION, List.of(), placement()));
  }

  private static PodSpec filler(String app) {
    return new PodSpec("filler", "default", Resources.of(1000, 4 * GI, 0, 0), Map.of("app", app), 0, 0,
        PodSpec.NO_DURATION, List.of());
  }

  private Placement placement() {
    LabelSelector sameApp = new LabelSelector(Map.of("app", "app-0"), List.of());
    PodAffinity required = switch (term) {
      case ANTI_AFFINITY -> new PodAffinity(List.of(new PodAffinityTerm(sameApp, Set.of(), false, HOST)), List.of());
      case AFFINITY -> new PodAffinity(List.of(new PodAffinityTerm(sameApp, Set.of(), false, NodeSpec.ZONE_LABEL)),
          List.of());
      default -> null;
    };
    List<TopologySpreadConstraint> spread = term != Term.SPREAD ? null
        : List.of(new TopologySpreadConstraint(1, NodeSpec.ZONE_LABEL, true, sameApp, 1, true, false, List.of()));
    return new Placement(null, null, null, term == Term.AFFINITY ? required : null,
        term == Term.ANTI_AFFINITY ? required : null, spread, null);
  }

  @Benchmark
  public int scheduleOne() {
    return framework.schedule(probes[cycle++ & 1], null).node();
  }
}
