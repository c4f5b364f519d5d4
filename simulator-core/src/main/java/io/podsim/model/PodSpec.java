package io.podsim.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pod of the workload: effective resource requests, labels, priority, arrival, an optional run
 * time ({@link #NO_DURATION}: it runs until the end of the simulation), tolerations, where it may
 * be placed, whether it may preempt others, the workload that owns it (null for a bare pod; an
 * owned pod that is evicted is recreated by its owner), and its demand on GPU devices.
 */
public record PodSpec(
    String name,
    String namespace,
    Resources requests,
    Map<String, String> labels,
    int priority,
    long arrival,
    long duration,
    List<Toleration> tolerations,
    Placement placement,
    boolean preemptsLowerPriority,
    String owner,
    List<String> images,
    GpuRequest gpu) {
  /** Duration of a pod that never ends by itself. */
  public static final long NO_DURATION = -1;

  public PodSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requests, "requests");
    namespace = namespace == null ? "default" : namespace;
    labels = Map.copyOf(labels);
    tolerations = List.copyOf(tolerations);
    placement = placement == null ? Placement.NONE : placement.resolvedFor(labels);
    images = images == null ? List.of() : images.stream().map(NodeSpec::imageName).toList();
    gpu = gpu == null ? GpuRequest.NONE : gpu;
    if (arrival < 0) {
      throw new InputError("pod '" + name + "': arrival must be >= 0");
    }
    if (duration < 0 && duration != NO_DURATION) {
      throw new InputError("pod '" + name + "': duration must be >= 0");
    }
  }

  /** A pod without GPU devices. */
  public PodSpec(String name, String namespace, Resources requests, Map<String, String> labels, int priority,
      long arrival, long duration, List<Toleration> tolerations, Placement placement, boolean preemptsLowerPriority,
      String owner, List<String> images) {
    this(name, namespace, requests, labels, priority, arrival, duration, tolerations, placement, preemptsLowerPriority,
        owner, images, GpuRequest.NONE);
  }

  /** A bare pod that may preempt, without placement constraints. */
  public PodSpec(String name, String namespace, Resources requests, Map<String, String> labels, int priority,
      long arrival, long duration, List<Toleration> tolerations) {
    this(name, namespace, requests, labels, priority, arrival, duration, tolerations, Placement.NONE);
  }

  /** A bare pod that may preempt. */
  public PodSpec(String name, String namespace, Resources requests, Map<String, String> labels, int priority,
      long arrival, long duration, List<Toleration> tolerations, Placement placement) {
    this(name, namespace, requests, labels, priority, arrival, duration, tolerations, placement, true, null, List.of());
  }

  /** A pod without container images. */
  public PodSpec(String name, String namespace, Resources requests, Map<String, String> labels, int priority,
      long arrival, long duration, List<Toleration> tolerations, Placement placement, boolean preemptsLowerPriority,
      String owner) {
    this(name, namespace, requests, labels, priority, arrival, duration, tolerations, placement, preemptsLowerPriority,
        owner, List.of());
  }

  /** The pod its owner creates to replace this one at {@code time}: same spec, new name, arriving now. */
  public PodSpec replacement(String newName, long time) {
    return copy(newName, time, duration);
  }

  /** This pod under another name, arriving at {@code time} and running for {@code newDuration}. */
  public PodSpec copy(String newName, long time, long newDuration) {
    return new PodSpec(newName, namespace, requests, labels, priority, time, newDuration, tolerations, placement,
        preemptsLowerPriority, owner, images, gpu);
  }

  /** A pod with only a name, requests, arrival and duration; the rest takes defaults. */
  public static PodSpec of(String name, Resources requests, long arrival, long duration) {
    return new PodSpec(name, "default", requests, Map.of(), 0, arrival, duration, List.of());
  }

  public boolean hasDuration() {
    return duration != NO_DURATION;
  }
}
