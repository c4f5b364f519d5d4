package io.podsim.policies;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.Toleration;
import java.util.List;
import java.util.Map;

/** Builders for plugin tests: one-node clusters and pods with given requests. */
public final class PodsAndNodes {
  public static final ResourceSchema SCHEMA = ResourceSchema.of(List.of("nvidia.com/gpu"));
  private static int nextId;

  private PodsAndNodes() {}

  /** A cluster of one node with the given allocatable (cpu, memory, disk, pods, gpus) and taints. */
  public static ClusterState cluster(long[] allocatable, List<Taint> taints, boolean cordoned) {
    ClusterState cluster = new ClusterState(SCHEMA);
    cluster.addNode(new NodeSpec("n0", Resources.of(allocatable), Map.of(), taints, cordoned));
    return cluster;
  }

  public static ClusterState cluster(long... allocatable) {
    return cluster(allocatable, List.of(), false);
  }

  /** A pod requesting (cpu, memory, disk, 0, gpus). */
  public static Pod pod(long... requests) {
    return pod(List.of(), requests);
  }

  public static Pod pod(List<Toleration> tolerations, long... requests) {
    return new Pod(nextId++, new PodSpec("p" + nextId, null, Resources.of(requests), Map.of(), 0, 0, -1, tolerations));
  }

  /** Binds a pod with these requests to node 0. */
  public static void place(ClusterState cluster, long... requests) {
    cluster.bind(pod(requests), 0, 0);
  }
}
