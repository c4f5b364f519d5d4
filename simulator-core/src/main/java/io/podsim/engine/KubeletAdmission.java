package io.podsim.engine;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.GpuRequest;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.GpuDevices;

/**
 * The kubelet's admission of a pod bound by name ({@code spec.nodeName}), which the scheduler never
 * sees: kubelet's canAdmitPod over generalFilter, that is the scheduler's AdmissionCheck (resource
 * fit, pod count, required node affinity and node selector, node name, host ports) and then the
 * node's NoExecute taints. A rejected pod fails with the first failure's reason.
 */
final class KubeletAdmission {
  /** A rejection: the pod's status reason ({@code OutOfcpu}, {@code NodeAffinity}) and message. */
  record Rejection(String reason, String message) {}

  private KubeletAdmission() {}

  /** Null when the kubelet admits the pod on the node. */
  static Rejection check(ClusterState cluster, Pod pod, int node) {
    Rejection resources = resources(cluster, pod, node);
    if (resources != null) {
      return resources;
    }
    NodeSpec spec = cluster.node(node);
    Placement placement = pod.spec().placement();
    if (!placement.requiredNodeAffinityMatches(spec)) {
      return predicate("NodeAffinity", "node(s) didn't match Pod's node affinity/selector");
    }
    if (!placement.hostPorts().isEmpty() && portsTaken(cluster, pod, node)) {
      return predicate("NodePorts", "node(s) didn't have free ports for the requested pod ports");
    }
    for (Taint taint : spec.taints()) {
      if (taint.effect() == TaintEffect.NO_EXECUTE && !tolerated(pod, taint)) {
        return predicate("TaintToleration", "node(s) had taints that the pod didn't tolerate");
      }
    }
    return null;
  }

  /** noderesources.Fits: the pod count first, then each requested resource in schema order, and the GPU devices. */
  private static Rejection resources(ClusterState cluster, Pod pod, int node) {
    int pods = ResourceSchema.PODS_INDEX;
    long podsUsed = cluster.requested(pods, node);
    if (podsUsed + 1 > cluster.allocatable(pods, node)) {
      return outOf(ResourceSchema.PODS, 1, podsUsed, cluster.allocatable(pods, node));
    }
    ResourceSchema schema = cluster.schema();
    for (int r = 0; r < schema.size(); r++) {
      long request = pod.spec().requests().get(r);
      if (r != pods && request > 0 && request > cluster.allocatable(r, node) - cluster.requested(r, node)) {
        return outOf(schema.name(r), request, cluster.requested(r, node), cluster.allocatable(r, node));
      }
    }
    GpuRequest gpu = pod.spec().gpu();
    if (gpu.any() && !GpuDevices.haveRoom(cluster, node, gpu)) {
      return outOf(GpuRequest.COUNT_RESOURCE, gpu.count(), cluster.requested(schema.indexOf(GpuRequest.COUNT_RESOURCE),
          node), cluster.gpuCount(node));
    }
    return null;
  }

  private static boolean portsTaken(ClusterState cluster, Pod pod, int node) {
    for (Pod other : cluster.podsOn(node)) {
      for (Placement.HostPort used : other.spec().placement().hostPorts()) {
        for (Placement.HostPort wanted : pod.spec().placement().hostPorts()) {
          if (wanted.conflictsWith(used)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean tolerated(Pod pod, Taint taint) {
    for (Toleration toleration : pod.spec().tolerations()) {
      if (toleration.tolerates(taint)) {
        return true;
      }
    }
    return false;
  }

  /** kubelet's InsufficientResourceError: reason OutOf + the resource, as its canAdmitPod names it. */
  private static Rejection outOf(String resource, long requested, long used, long capacity) {
    return new Rejection("OutOf" + resource, "Node didn't have enough resource: " + resource + ", requested: "
        + requested + ", used: " + used + ", capacity: " + capacity);
  }

  /** kubelet's PredicateFailureError. */
  private static Rejection predicate(String name, String description) {
    return new Rejection(name, "Predicate " + name + " failed: " + description);
  }
}
