package io.podsim.cli.experiment;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.engine.NodeOrder;
import io.podsim.model.GpuRequest;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.gpu.Fragmentation;
import io.podsim.policies.gpu.GpuNode;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.scheduler.CycleResult;
import io.podsim.scheduler.Evictor;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.SchedulingFramework;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * One run of the FGD paper's protocol for one policy and seed: the trace inflated (pods sampled
 * with replacement) or trimmed (pods removed at random) until its GPU demand is
 * {@value #DEMAND_RATIO} × the cluster's GPU capacity, arrival order shuffled by the seed, pods
 * that never end, one scheduling attempt per pod (a pod that fits nowhere fails), placed by the
 * contender's profile (for the paper's policies: every node scored by the one policy with integer
 * scores, ties to the first node of a node order shuffled by the seed). After each pod, the first time
 * the arrived GPU demand reaches a whole percentage of capacity, the cluster's state is recorded.
 */
public final class FgdRun {
  /** The arrived GPU demand the trace is inflated to, as a multiple of GPU capacity. */
  public static final double DEMAND_RATIO = 1.3;
  /** Mixed into the seed for the scheduler's own random stream. */
  private static final long SCHEDULER_STREAM = 0x5C4EDL;

  /** The cluster when arrived GPU demand first reached {@code arrivedPct} % of capacity. */
  public record Point(int arrivedPct, double unallocatedPct, double fragmentPct, double fragmentRatePct,
      int gpusInUse, int arrivedPods, int failedPods) {}

  private FgdRun() {}

  /** Runs the protocol; {@code workload} is the target workload estimated from the original trace. */
  public static List<Point> run(FgdContender contender, long seed, List<NodeSpec> nodes, List<PodSpec> trace,
      TargetWorkload workload) {
    ResourceSchema schema = schema();
    ClusterState cluster = new ClusterState(schema);
    Profile profile = contender.profile(workload);
    NodeOrder.forRun(profile, nodes, seed).forEach(cluster::addNode);
    long capacity = cluster.totalAllocatable(schema.indexOf(GpuRequest.MILLI_RESOURCE));
    List<PodSpec> pods = tune(trace, capacity, new SplittableRandom(seed));
    Collections.shuffle(pods, new Random(seed));
    SchedulingFramework framework = new SchedulingFramework(profile, cluster,
        new SplittableRandom(seed ^ SCHEDULER_STREAM));
    Evictor noEviction = new Evictor() {
      @Override
      public long now() {
        return 0;
      }

      @Override
      public void evict(Pod victim, String reason) {
        throw new IllegalStateException("the FGD protocol never preempts");
      }
    };
    List<Point> points = new ArrayList<>();
    long arrivedMilli = 0;
    long allocatedMilli = 0;
    int failed = 0;
    points.add(point(0, cluster, capacity, 0, workload, 0, 0));
    int nextPct = 1;
    for (int i = 0; i < pods.size(); i++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("the FGD run was cancelled after " + i + " pods");
      }
      Pod pod = new Pod(i, pods.get(i));
      CycleResult result = framework.schedule(pod, noEviction);
      if (result.isPlaced()) {
        cluster.bind(pod, result.node(), result.gpuDevices(), 0);
        allocatedMilli += pod.spec().gpu().totalMilli();
      } else {
        failed++;
      }
      arrivedMilli += pod.spec().gpu().totalMilli();
      while (nextPct <= 100 * DEMAND_RATIO && arrivedMilli * 100 >= nextPct * capacity) {
        points.add(point(nextPct, cluster, capacity, allocatedMilli, workload, i + 1, failed));
        nextPct++;
      }
    }
    return points;
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
