package io.podsim.cli.experiment;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.engine.SimulationListener;
import io.podsim.model.GpuRequest;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import io.podsim.policies.gpu.Fragmentation;
import io.podsim.policies.gpu.GpuNode;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.run.RunSpec;
import io.podsim.run.Runner;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.stream.ListPodStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * One run of the FGD paper's protocol for one policy and seed: the trace inflated (pods sampled
 * with replacement) or trimmed (pods removed at random) until its GPU demand is
 * {@value #DEMAND_RATIO} × the cluster's GPU capacity, arrival order shuffled by the seed, pods
 * that never end, one scheduling attempt per pod (a pod that fits nowhere fails), placed by the
 * contender's profile (for the paper's policies: every node scored by the one policy with integer
 * scores, ties to the first node of a node order shuffled by the seed). After each pod, the first time
 * the arrived GPU demand reaches a whole percentage of capacity, the cluster's state is recorded. The
 * run is a scenario run of the run API, with one scheduling attempt per pod.
 */
public final class FgdRun {
  /** The arrived GPU demand the trace is inflated to, as a multiple of GPU capacity. */
  public static final double DEMAND_RATIO = 1.3;

  /** The cluster when arrived GPU demand first reached {@code arrivedPct} % of capacity. */
  public record Point(int arrivedPct, double unallocatedPct, double fragmentPct, double fragmentRatePct,
      int gpusInUse, int arrivedPods, int failedPods) {}

  private FgdRun() {}

  /**
   * Runs the protocol through the run API; {@code workload} is the target workload estimated from
   * the original trace. Pod i arrives at microsecond i and never ends; the scenario gives each pod
   * one attempt, so the cluster after pod i is the one the protocol measures.
   */
  public static List<Point> run(FgdContender contender, long seed, List<NodeSpec> nodes, List<PodSpec> trace,
      TargetWorkload workload) {
    ResourceSchema schema = schema();
    int milli = schema.indexOf(GpuRequest.MILLI_RESOURCE);
    long capacity = nodes.stream().mapToLong(n -> n.allocatable().get(milli)).sum();
    List<PodSpec> pods = tune(trace, capacity, new SplittableRandom(seed));
    Collections.shuffle(pods, new Random(seed));
    List<PodSpec> attempts = new ArrayList<>();
    for (int i = 0; i < pods.size(); i++) {
      attempts.add(pods.get(i).copy(pods.get(i).name(), i, PodSpec.NO_DURATION));
    }
    Scenario scenario = Scenario.of("fgd-" + contender.name(), schema, nodes, s -> new ListPodStream(attempts),
        ProfileCatalog.builtIn()).withOneAttemptPerPod();
    Recorder points = new Recorder(capacity, workload);
    try {
      new Runner().run(new RunSpec(scenario, contender.name(), seed, s -> contender.profile(workload)), List.of(),
          List.of(points));
    } catch (IOException e) {
      throw new UncheckedIOException("an FGD run writes no file", e);
    }
    return points.points;
  }

  /** Records the cluster each time the arrived GPU demand first reaches a whole percentage of capacity. */
  private static final class Recorder implements SimulationListener {
    private final long capacity;
    private final TargetWorkload workload;
    private final List<Point> points = new ArrayList<>();
    private ClusterState cluster;
    private long arrivedMilli;
    private long allocatedMilli;
    private int attempted;
    private int failed;
    private int nextPct = 1;

    Recorder(long capacity, TargetWorkload workload) {
      this.capacity = capacity;
      this.workload = workload;
    }

    @Override
    public void onStart(ClusterState state) {
      cluster = state;
      points.add(point(0, cluster, capacity, 0, workload, 0, 0));
    }

    @Override
    public void onPodBound(long now, Pod pod) {
      allocatedMilli += pod.spec().gpu().totalMilli();
      attempted(pod);
    }

    @Override
    public void onSchedulingFailed(long now, Pod pod) {
      failed++;
      attempted(pod);
    }

    private void attempted(Pod pod) {
      arrivedMilli += pod.spec().gpu().totalMilli();
      attempted++;
      while (nextPct <= 100 * DEMAND_RATIO && arrivedMilli * 100 >= nextPct * capacity) {
        points.add(point(nextPct, cluster, capacity, allocatedMilli, workload, attempted, failed));
        nextPct++;
      }
    }
  }

  /** The resources of the experiment's clusters: the standard ones and GPUs, counted and in thousandths. */
  static ResourceSchema schema() {
    return ResourceSchema.of(List.of(GpuRequest.COUNT_RESOURCE, GpuRequest.MILLI_RESOURCE));
  }

  private static Point point(int pct, ClusterState cluster, long capacity, long allocatedMilli,
      TargetWorkload workload, int arrived, int failed) {
    double fragment = 0;
    long idle = 0;
    int inUse = 0;
    for (int n = 0; n < cluster.nodeCount(); n++) {
      GpuNode node = GpuNode.of(cluster, n);
      fragment += Fragmentation.of(node, workload);
      idle += node.gpuLeftTotal();
      inUse += node.gpuCount() - node.fullyFreeGpus();
    }
    return new Point(pct, 100.0 * (capacity - allocatedMilli) / capacity, 100 * fragment / capacity,
        idle == 0 ? 0 : 100 * fragment / idle, inUse, arrived, failed);
  }

  /**
   * The trace with its GPU demand brought to {@link #DEMAND_RATIO} × capacity: pods drawn with
   * replacement are appended until the demand reaches the target (the last may pass it a little),
   * or pods are removed at random while the demand is above it.
   */
  static List<PodSpec> tune(List<PodSpec> trace, long capacity, SplittableRandom random) {
    List<PodSpec> pods = new ArrayList<>(trace);
    double target = DEMAND_RATIO * capacity;
    long demand = pods.stream().mapToLong(p -> p.gpu().totalMilli()).sum();
    while (demand > target && !pods.isEmpty()) {
      demand -= pods.remove(random.nextInt(pods.size())).gpu().totalMilli();
    }
    for (int copy = 0; demand < target; copy++) {
      PodSpec drawn = trace.get(random.nextInt(trace.size()));
      demand += drawn.gpu().totalMilli();
      pods.add(drawn.replacement(drawn.name() + "-tuned-" + copy, drawn.arrival()));
    }
    return pods;
  }
}
