package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.model.Placement;
import io.podsim.model.Resources;
import io.podsim.model.Toleration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The last answers of {@link NodeLocal} plugins per node, for one pod shape: which filter rejected
 * the node (or none), and the raw score of each score plugin. An answer is reused while the pod has
 * the same shape (everything node-local plugins read of it) and the node's version is unchanged;
 * scheduler_perf-like workloads of identical pods then re-evaluate only the nodes that changed.
 */
final class NodeResultCache {
  /** What node-local plugins read of a pod, and which filters the cycle skips. */
  private record Shape(Resources requests, Placement placement, List<Toleration> tolerations, List<String> images,
      GpuRequest gpu, Map<String, String> labels, String namespace, long skippedFilters) {
    static Shape of(Pod pod, long skippedFilters) {
      var spec = pod.spec();
      return new Shape(spec.requests(), spec.placement(), spec.tolerations(), spec.images(), spec.gpu(), spec.labels(),
          spec.namespace(), skippedFilters);
    }
  }

  private static final long NONE = -1;
  private Shape shape;
  private long generation;
  private long[] filterVersion = new long[0];
  private int[] rejectedBy = new int[0];
  private Status[] rejection = new Status[0];
  private long[][] scoreVersion = new long[0][];
  private long[][] raw = new long[0][];

  /**
   * Starts a cycle for the pod with the filters PreFilter disabled ({@code skippedFilters}, one bit
   * each): answers for another shape or skip set, or from before a resize, are dropped.
   */
  void begin(Pod pod, long skippedFilters, int nodes, int scorers) {
    Shape next = Shape.of(pod, skippedFilters);
    if (!next.equals(shape) || filterVersion.length != nodes) {
      shape = next;
      generation++;
      if (filterVersion.length != nodes) {
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

  /** Changes whenever the kept answers are dropped: answers derived from them are then stale too. */
  long generation() {
    return generation;
  }

  boolean hasFilterAnswer(ClusterState cluster, int node) {
    return filterVersion[node] == cluster.version(node);
  }

  /** The filter that rejected the node, or -1 when it passed. */
  int rejectedBy(int node) {
    return rejectedBy[node];
  }

  Status rejection(int node) {
    return rejection[node];
  }

  void putFilterAnswer(ClusterState cluster, int node, int filter, Status status) {
    filterVersion[node] = cluster.version(node);
    rejectedBy[node] = filter;
    rejection[node] = status;
  }

  boolean hasScore(ClusterState cluster, int scorer, int node) {
    return scoreVersion[scorer][node] == cluster.version(node);
  }

  long score(int scorer, int node) {
    return raw[scorer][node];
  }

  void putScore(ClusterState cluster, int scorer, int node, long value) {
    raw[scorer][node] = value;
    scoreVersion[scorer][node] = cluster.version(node);
  }
}
