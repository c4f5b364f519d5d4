package io.podsim.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A node as the scenario describes it: allocatable resources, labels, taints, cordon flag. */
public record NodeSpec(
    String name, Resources allocatable, Map<String, String> labels, List<Taint> taints, boolean unschedulable) {
  /** The well-known zone label. */
  public static final String ZONE_LABEL = "topology.kubernetes.io/zone";

  public NodeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(allocatable, "allocatable");
    labels = Map.copyOf(labels);
    taints = List.copyOf(taints);
  }
}
