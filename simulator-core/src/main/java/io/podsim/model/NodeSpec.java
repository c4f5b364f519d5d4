package io.podsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node as the scenario describes it: allocatable resources, labels, taints, cordon flag, and the
 * container images already on it with their sizes in bytes (names normalized, see {@link #imageName}).
 */
public record NodeSpec(
    String name, Resources allocatable, Map<String, String> labels, List<Taint> taints, boolean unschedulable,
    Map<String, Long> images) {
  /** The well-known zone label. */
  public static final String ZONE_LABEL = "topology.kubernetes.io/zone";
  /** The rack label node pools set (Kubernetes has no well-known one). */
  public static final String RACK_LABEL = "topology.podsim.io/rack";

  public NodeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(allocatable, "allocatable");
    labels = Map.copyOf(labels);
    taints = List.copyOf(taints);
    Map<String, Long> normalized = new LinkedHashMap<>();
    (images == null ? Map.<String, Long>of() : images).forEach((image, size) -> normalized.put(imageName(image), size));
    images = Map.copyOf(normalized);
  }

  /** A node without images. */
  public NodeSpec(String name, Resources allocatable, Map<String, String> labels, List<Taint> taints,
      boolean unschedulable) {
    this(name, allocatable, labels, taints, unschedulable, Map.of());
  }

  /** An image reference as the kubelet reports it: {@code :latest} added when no tag or digest is given. */
  public static String imageName(String image) {
    int slash = image.lastIndexOf('/');
    String last = image.substring(slash + 1);
    return last.contains(":") || last.contains("@") ? image : image + ":latest";
  }
}
