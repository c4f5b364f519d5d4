package io.podsim.workloads.scenario;

import java.util.List;
import java.util.Map;

/** Pod scheduling fields exactly as Kubernetes spells them in a PodSpec, for scenario YAML. */
public final class KubeFields {
  private KubeFields() {}

  /** {@code affinity}. */
  public record Affinity(NodeAffinity nodeAffinity, PodAffinity podAffinity, PodAffinity podAntiAffinity) {}

  /** {@code affinity.nodeAffinity}. */
  public record NodeAffinity(
      NodeSelector requiredDuringSchedulingIgnoredDuringExecution,
      List<PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {}

  /** A required node selector: any of its terms. */
  public record NodeSelector(List<NodeSelectorTerm> nodeSelectorTerms) {}

  /** A node selector term. */
  public record NodeSelectorTerm(List<Requirement> matchExpressions, List<Requirement> matchFields) {}

  /** A selector requirement. */
  public record Requirement(String key, String operator, List<String> values) {}

  /** A weighted node selector term. */
  public record PreferredSchedulingTerm(Integer weight, NodeSelectorTerm preference) {}

  /** {@code affinity.podAffinity} or {@code affinity.podAntiAffinity}. */
  public record PodAffinity(
      List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution,
      List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {}

  /** A pod affinity term. */
  public record PodAffinityTerm(
      LabelSelector labelSelector,
      List<String> namespaces,
      LabelSelector namespaceSelector,
      String topologyKey,
      List<String> matchLabelKeys,
      List<String> mismatchLabelKeys) {}

  /** A weighted pod affinity term. */
  public record WeightedPodAffinityTerm(Integer weight, PodAffinityTerm podAffinityTerm) {}

  /** A label selector. */
  public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {}

  /** A topology spread constraint. */
  public record TopologySpreadConstraint(
      Integer maxSkew,
      String topologyKey,
      String whenUnsatisfiable,
      LabelSelector labelSelector,
      Integer minDomains,
      String nodeAffinityPolicy,
      String nodeTaintsPolicy,
      List<String> matchLabelKeys) {}

  /** A container port bound on the host. */
  public record HostPort(Integer hostPort, String protocol, String hostIP) {}
}
