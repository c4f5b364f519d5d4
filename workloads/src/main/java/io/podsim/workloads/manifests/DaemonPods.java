package io.podsim.workloads.manifests;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A DaemonSet's pod for one node, as the DaemonSet controller creates it: pinned by required node
 * affinity on {@code metadata.name} (ReplaceDaemonSetPodNodeNameNodeAffinity; the default scheduler
 * then places it, not the kubelet by nodeName) and with the tolerations every daemon pod gets
 * (AddOrUpdateDaemonPodTolerations).
 */
final class DaemonPods {
  /** Taints every daemon pod tolerates: NoExecute ones without a time limit, then NoSchedule ones. */
  private static final List<String> NO_EXECUTE = List.of("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable");
  private static final List<String> NO_SCHEDULE = List.of("node.kubernetes.io/disk-pressure",
      "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable");
  /** Tolerated as well by pods on the host network. */
  private static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

  private DaemonPods() {}

  static PodSpec pinned(PodSpec template, String node) {
    PodSpecBuilder pod = new PodSpecBuilder(template).editOrNewAffinity().editOrNewNodeAffinity()
        .withNewRequiredDuringSchedulingIgnoredDuringExecution()
        .withNodeSelectorTerms(new NodeSelectorTermBuilder().withMatchFields(new NodeSelectorRequirementBuilder()
            .withKey("metadata.name").withOperator("In").withValues(node).build()).build())
        .endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity();
    List<Toleration> tolerations = new ArrayList<>(template.getTolerations() == null ? List.of()
        : template.getTolerations());
    NO_EXECUTE.forEach(key -> addTolerating(tolerations, key, "NoExecute"));
    NO_SCHEDULE.forEach(key -> addTolerating(tolerations, key, "NoSchedule"));
    if (Boolean.TRUE.equals(template.getHostNetwork())) {
      addTolerating(tolerations, NETWORK_UNAVAILABLE, "NoSchedule");
    }
    return pod.withTolerations(tolerations).build();
  }

  /** Adds an Exists toleration of the taint unless the pod already has one of that key and effect. */
  private static void addTolerating(List<Toleration> tolerations, String key, String effect) {
    boolean present = tolerations.stream().anyMatch(t -> key.equals(t.getKey()) && effect.equals(t.getEffect()));
    if (!present) {
      tolerations.add(new TolerationBuilder().withKey(key).withOperator("Exists").withEffect(effect).build());
    }
  }
}
