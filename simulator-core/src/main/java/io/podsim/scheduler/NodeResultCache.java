package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.model.Placement;
import io.podsim.model.Resources;
import io.podsim.model.Toleration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The last answers of {@link NodeLocal} plugins per node, for each of the last few pod shapes:
 * which filter rejected the node (or none), and the raw score of each score plugin. An answer is reused while the pod has
 * the same shape (everything node-local plugins read of it) and the node's version is unchanged;
 * scheduler_perf-like workloads of identical pods then re-evaluate only the nodes that changed.
 */
final class NodeResultCache {
  /**
   * What node-local plugins read of a pod, and which filters the cycle skips; the pod's labels and
   * namespace only when a plugin that reads them runs (null otherwise), so pods that differ in
   * nothing else share answers.
   */
  private record Shape(Resources requests, Placement placement, List<Toleration> tolerations, List<String> images,
      GpuRequest gpu, Map<String, String> labels, String namespace, long skippedFilters) {
    static Shape of(Pod pod, long skippedFilters, boolean identity) {
      var spec = pod.spec();
      return new Shape(spec.requests(), spec.placement(), spec.tolerations(), spec.images(), spec.gpu(),
          identity ? spec.labels() : null, identity ? spec.namespace() : null, skippedFilters);
    }
  }

  private static final long NONE = Long.MIN_VALUE;
  /** Shapes whose answers are kept at once: replicas of a few shapes interleave in most workloads. */
  static final int SHAPES = 4;

  /** One shape's answers per node. */
  private static final class Answers {
    private Shape shape;
    private long generation;
    private long lastUse;
    private long[] filterVersion = new long[0];
    private int[] rejectedBy = new int[0];
    private Status[] rejection = new Status[0];
    private long[][] scoreVersion = new long[0][];
    private long[][] raw = new long[0][];

    /** Drops every answer and keeps this shape's from now on. */
    void reset(Shape next, long nextGeneration, int nodes, int scorers) {
      shape = next;
      generation = nextGeneration;
      if (filterVersion.length != nodes || raw.length != scorers) {
        filterVersion = new long[nodes];
        rejectedBy = new int[nodes];
        rejection = new Status[nodes];
        scoreVersion = new long[scorers][nodes];
        raw = new long[scorers][nodes];
      }
      Arrays.fill(filterVersion, NONE);
      for (long[] versions : scoreVersion) {
        Arrays.fill(versions, NONE);
      }
    }
  }

  private final List<Answers> kept = new ArrayList<>();
  private Answers current = new Answers();
  private long generations;
  private long cycles;

  /**
   * Starts a cycle for the pod with the filters PreFilter disabled ({@code skippedFilters}, one bit
   * each): the answers kept for this shape and skip set if any, else the least recently used
   * shape's are dropped for it. A resize drops them all. {@code identity}: some plugin whose answers
   * are kept reads the pod's labels and namespace this cycle.
   */
  void begin(Pod pod, long skippedFilters, boolean identity, int nodes, int scorers) {
    Shape next = Shape.of(pod, skippedFilters, identity);
    cycles++;
    Answers found = null;
    Answers oldest = null;
    for (Answers answers : kept) {
      if (next.equals(answers.shape) && answers.filterVersion.length == nodes) {
        found = answers;
      }
      oldest = oldest == null || answers.lastUse < oldest.lastUse ? answers : oldest;
    }
    if (found == null) {
      if (kept.size() < SHAPES) {
        found = new Answers();
        kept.add(found);
      } else {
        found = oldest;
      }
      found.reset(next, ++generations, nodes, scorers);
    }
    found.lastUse = cycles;
    current = found;
  }

  /** Changes whenever the kept answers are dropped: answers derived from them are then stale too. */
  long generation() {
    return current.generation;
  }

  boolean hasFilterAnswer(ClusterState cluster, int node) {
    return current.filterVersion[node] == cluster.version(node);
  }

  /** The filter that rejected the node, or -1 when it passed. */
  int rejectedBy(int node) {
    return current.rejectedBy[node];
  }

  Status rejection(int node) {
    return current.rejection[node];
  }

  void putFilterAnswer(ClusterState cluster, int node, int filter, Status status) {
    current.filterVersion[node] = cluster.version(node);
    current.rejectedBy[node] = filter;
    current.rejection[node] = status;
  }

  boolean hasScore(ClusterState cluster, int scorer, int node) {
    return current.scoreVersion[scorer][node] == cluster.version(node);
  }

  long score(int scorer, int node) {
    return current.raw[scorer][node];
  }

  void putScore(ClusterState cluster, int scorer, int node, long value) {
    current.raw[scorer][node] = value;
    current.scoreVersion[scorer][node] = cluster.version(node);
  }
}
