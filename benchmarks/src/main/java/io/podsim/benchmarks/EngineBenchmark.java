package io.podsim.benchmarks;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.engine.RunStats;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationOptions;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.Status;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events through the whole engine with trivial handlers: pods arrive every millisecond, a profile
 * whose only filter admits every node binds each to the one roomy node, and each runs 50 ms. Every
 * event (arrival, scheduling cycle, start, end) passes the queue, the framework and the metrics
 * recorder. The {@code events} counter is the figure: events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  private static final int PODS = 100_000;
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();

  /** Events processed, reported by JMH as a rate next to runs per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long events;

    @Setup(Level.Iteration)
    public void clear() {
      events = 0;
    }
  }

  /** Admits every node: the cheapest filter there can be. */
  private static final class AdmitAll implements FilterPlugin, NodeLocal {
    @Override
    public String name() {
      return "AdmitAll";
    }

    @Override
    public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
      return Status.success();
    }
  }

  private Profile profile;
  private List<NodeSpec> nodes;
  private PodSpec[] pods;

  @Setup(Level.Trial)
  public void setUp() {
    profile = Profile.builder("trivial").plugin(new PrioritySort()).plugin(new AdmitAll()).build();
    nodes = List.of(new NodeSpec("roomy", Resources.of(1_000_000_000L, 1L << 50, 0, 1_000_000), Map.of(), List.of(),
        false));
    pods = new PodSpec[PODS];
    for (int i = 0; i < PODS; i++) {
      pods[i] = new PodSpec("p" + i, "default", Resources.of(1, 1, 0, 0), Map.of(), 0, i * 1_000L, 50_000L,
          List.of());
    }
  }

  @Benchmark
  public long run(Counters counters) {
    PodStream stream = new PodStream() {
      private int next;

      @Override
      public PodSpec next() {
        return next < pods.length ? pods[next++] : null;
      }
    };
    RunStats stats = new Simulation(profile, SCHEMA, nodes, stream, new SimulationOptions(1,
        SimulationOptions.NO_HORIZON, 0), List.of()).run();
    counters.events += stats.events();
    return stats.end();
  }
}
