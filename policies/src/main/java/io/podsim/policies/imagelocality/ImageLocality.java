package io.podsim.policies.imagelocality;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.NodeLocal;
import io.podsim.scheduler.ScorePlugin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-scheduler's ImageLocality: sums, over the pod's images present on the node, the image size
 * scaled by the share of nodes holding it (widely spread images count less), clamps the sum to
 * [23 MiB, 1000 MiB × containers] and maps it linearly to 0..100.
 */
public final class ImageLocality implements ScorePlugin, NodeLocal {
  public static final String NAME = "ImageLocality";
  static final long MIB = 1024 * 1024;
  static final long MIN_THRESHOLD = 23 * MIB;
  static final long MAX_CONTAINER_THRESHOLD = 1000 * MIB;

  private Map<String, Integer> nodesWithImage = Map.of();
  private int countedNodes = -1;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    List<String> images = pod.spec().images();
    if (images.isEmpty()) {
      return 0;
    }
    countImages(cluster);
    Map<String, Long> present = cluster.node(node).images();
    long sum = 0;
    for (String image : images) {
      Long size = present.get(image);
      if (size != null) {
        sum += (long) (size * (nodesWithImage.get(image) / (double) cluster.nodeCount()));
      }
    }
    long max = MAX_CONTAINER_THRESHOLD * images.size();
    long clamped = Math.max(MIN_THRESHOLD, Math.min(max, sum));
    return MAX_NODE_SCORE * (clamped - MIN_THRESHOLD) / (max - MIN_THRESHOLD);
  }

  /** How many nodes hold each image, recounted when the node set changes. */
  private void countImages(ClusterState cluster) {
    if (countedNodes == cluster.nodeCount()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int n = 0; n < cluster.nodeCount(); n++) {
      cluster.node(n).images().keySet().forEach(image -> counts.merge(image, 1, Integer::sum));
    }
    nodesWithImage = counts;
    countedNodes = cluster.nodeCount();
  }
}
