package io.podsim.workloads.manifests;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Kubernetes Node objects as podsim nodes: allocatable (else capacity), labels, taints, unschedulable. */
public final class ManifestNodes {
  private ManifestNodes() {}

  /** The resource names the nodes offer. */
  public static Set<String> resourceNames(Manifests manifests) {
    Set<String> names = new TreeSet<>();
    manifests.ofKind(Node.class).forEach(n -> names.addAll(resources(n).keySet()));
    return names;
  }

  public static List<NodeSpec> nodes(Manifests manifests, ResourceSchema schema) {
    List<NodeSpec> nodes = new ArrayList<>();
    for (Node node : manifests.ofKind(Node.class)) {
      String name = node.getMetadata().getName();
      long[] amounts = new long[schema.size()];
      resources(node).forEach((resource, quantity) -> {
        try {
          amounts[schema.indexOf(resource)] = ResourceSchema.parseAmount(resource, quantity.toString());
        } catch (InputError e) {
          throw e.at("Node " + name + ": status.allocatable." + resource);
        }
      });
      List<Taint> taints = new ArrayList<>();
      var spec = node.getSpec();
      if (spec != null && spec.getTaints() != null) {
        spec.getTaints().forEach(t -> taints.add(new Taint(t.getKey(), t.getValue(), TaintEffect.parse(t.getEffect()))));
      }
      Map<String, String> labels = node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels();
      nodes.add(new NodeSpec(name, Resources.of(amounts), labels, taints,
          spec != null && Boolean.TRUE.equals(spec.getUnschedulable())));
    }
    return nodes;
  }

  private static Map<String, Quantity> resources(Node node) {
    var status = node.getStatus();
    if (status == null) {
      throw new InputError("Node " + node.getMetadata().getName() + ": status.allocatable or status.capacity: required");
    }
    if (status.getAllocatable() != null && !status.getAllocatable().isEmpty()) {
      return status.getAllocatable();
    }
    if (status.getCapacity() != null && !status.getCapacity().isEmpty()) {
      return status.getCapacity();
    }
    throw new InputError("Node " + node.getMetadata().getName() + ": status.allocatable or status.capacity: required");
  }
}
