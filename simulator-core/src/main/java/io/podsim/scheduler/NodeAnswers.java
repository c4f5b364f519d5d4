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
 * The kept answers of {@link NodeLocal} plugins per node, for each of the last few pod shapes:
 * which filter rejected the node (or none), and the raw score of each score plugin. An answer is
 * reused while the pod has the same shape (everything node-local plugins read of it) and the node's
 * version is unchanged, else computed on the node and kept; scheduler_perf-like workloads of
 * identical pods then re-evaluate only the nodes that changed.
 */
final class NodeAnswers {
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
   * The answers kept for this shape and skip set if any, else the least recently used shape's,
   * dropped for it. A resize drops them all.
   */
  private void beginShape(Pod pod, long skippedFilters, boolean identity, int nodes, int scorers) {
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

  private final ClusterState cluster;
  private final FilterPlugin[] filters;
  private final ScorePlugin[] scorers;

  NodeAnswers(ClusterState cluster, FilterPlugin[] filters, ScorePlugin[] scorers) {
    this.cluster = cluster;
    this.filters = filters;
    this.scorers = scorers;
  }

  /**
   * Starts a cycle for the pod; {@code notPerNode} marks the filters not run per node (one bit each),
   * {@code identity} that a plugin reading the pod's labels and namespace may answer per node.
   */
  void begin(Pod pod, long notPerNode, boolean identity) {
    beginShape(pod, notPerNode, identity, cluster.nodeCount(), scorers.length);
  }

  /** Changes whenever the kept answers of the current shape are dropped: answers derived from them are then stale too. */
  long generation() {
    return current.generation;
  }

  /**
   * The filter among {@code runs} that rejects the node for this pod shape (-1 when none does), from
   * the kept answer if still valid.
   */
  int rejection(CycleState state, Pod pod, int node, boolean[] runs) {
    if (current.filterVersion[node] == cluster.version(node)) {
      return current.rejectedBy[node];
    }
    for (int f = 0; f < filters.length; f++) {
      if (runs[f]) {
        Status status = filters[f].filter(state, pod, cluster, node);
        if (!status.isSuccess()) {
          keepFilterAnswer(node, f, status);
          return f;
        }
      }
    }
    keepFilterAnswer(node, -1, null);
    return -1;
  }

  /** The status the node's kept rejection carries. */
  Status rejectionStatus(int node) {
    return current.rejection[node];
  }

  /** A node-local plugin's raw score on the node, from the kept answer if still valid. */
  long score(CycleState state, Pod pod, int scorer, int node) {
    if (current.scoreVersion[scorer][node] == cluster.version(node)) {
      return current.raw[scorer][node];
    }
    long value = scorers[scorer].score(state, pod, cluster, node);
    current.raw[scorer][node] = value;
    current.scoreVersion[scorer][node] = cluster.version(node);
    return value;
  }

  private void keepFilterAnswer(int node, int filter, Status status) {
    current.filterVersion[node] = cluster.version(node);
    current.rejectedBy[node] = filter;
    current.rejection[node] = status;
  }
}
