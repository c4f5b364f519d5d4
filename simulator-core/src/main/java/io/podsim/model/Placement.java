package io.podsim.model;

import java.util.List;
import java.util.Map;

/**
 * Where a pod may or would like to run: nodeName, nodeSelector, node affinity, pod affinity and
 * anti-affinity, topology spread constraints and host ports, with Kubernetes semantics, and the
 * data sets it reads (see {@link DataLocalityLevel}).
 */
public record Placement(
    String nodeName,
    Map<String, String> nodeSelector,
    NodeAffinity nodeAffinity,
    PodAffinity podAffinity,
    PodAffinity podAntiAffinity,
    List<TopologySpreadConstraint> spreadConstraints,
    List<HostPort> hostPorts,
    List<String> datasets) {
  /** A host port a container binds (protocol TCP, UDP or SCTP; host IP 0.0.0.0 when empty). */
  public record HostPort(int port, String protocol, String hostIp) {
    public HostPort {
      if (port < 1 || port > 65535) {
        throw new InputError("host port must be 1..65535, found " + port);
      }
      protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
      hostIp = hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp;
    }

    /** True when both cannot be bound on one node: same port and protocol, and overlapping IPs. */
    public boolean conflictsWith(HostPort other) {
      return port == other.port && protocol.equals(other.protocol)
          && (hostIp.equals(other.hostIp) || hostIp.equals("0.0.0.0") || other.hostIp.equals("0.0.0.0"));
    }
  }

  /** No constraint at all. */
  public static final Placement NONE = new Placement(null, Map.of(), NodeAffinity.NONE, PodAffinity.NONE,
      PodAffinity.NONE, List.of(), List.of(), List.of());

  public Placement {
    nodeSelector = nodeSelector == null ? Map.of() : Map.copyOf(nodeSelector);
    nodeAffinity = nodeAffinity == null ? NodeAffinity.NONE : nodeAffinity;
    podAffinity = podAffinity == null ? PodAffinity.NONE : podAffinity;
    podAntiAffinity = podAntiAffinity == null ? PodAffinity.NONE : podAntiAffinity;
    spreadConstraints = spreadConstraints == null ? List.of() : List.copyOf(spreadConstraints);
    hostPorts = hostPorts == null ? List.of() : List.copyOf(hostPorts);
    datasets = datasets == null ? List.of() : List.copyOf(datasets);
  }

  /** Placement without data sets. */
  public Placement(String nodeName, Map<String, String> nodeSelector, NodeAffinity nodeAffinity,
      PodAffinity podAffinity, PodAffinity podAntiAffinity, List<TopologySpreadConstraint> spreadConstraints,
      List<HostPort> hostPorts) {
    this(nodeName, nodeSelector, nodeAffinity, podAffinity, podAntiAffinity, spreadConstraints, hostPorts, List.of());
  }

  /** True when the node satisfies nodeSelector and required node affinity. */
  public boolean requiredNodeAffinityMatches(NodeSpec node) {
    for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
      if (!entry.getValue().equals(node.labels().get(entry.getKey()))) {
        return false;
      }
    }
    return nodeAffinity.requiredMatches(node);
  }

  /** This placement with pod (anti-)affinity terms resolved for the owning pod's labels. */
  public Placement resolvedFor(Map<String, String> ownerLabels) {
    if (!hasPodAffinity() || !podAffinity.hasLabelKeys() && !podAntiAffinity.hasLabelKeys()) {
      return this;
    }
    return new Placement(nodeName, nodeSelector, nodeAffinity, podAffinity.resolvedFor(ownerLabels),
        podAntiAffinity.resolvedFor(ownerLabels), spreadConstraints, hostPorts, datasets);
  }

  /** True when the pod has pod affinity or anti-affinity terms of any kind. */
  public boolean hasPodAffinity() {
    return !podAffinity.isEmpty() || !podAntiAffinity.isEmpty();
  }
}
