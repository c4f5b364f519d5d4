package io.podsim.workloads.scenario;

import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.model.LabelRequirement;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeAffinity;
import io.podsim.model.NodeSelectorTerm;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.Placement;
import io.podsim.model.TopologySpreadConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.BiFunction;

/** Converts Kubernetes scheduling fields of a scenario pod into a {@link Placement}, naming bad paths. */
public final class PlacementParser {
  private PlacementParser() {}

  /** The placement of a pod written with Kubernetes field names; {@code path} prefixes errors. */
  public static Placement parse(String nodeName, Map<String, String> nodeSelector, KubeFields.Affinity affinity,
      List<KubeFields.TopologySpreadConstraint> spread, List<KubeFields.HostPort> ports, String path) {
    return parse(nodeName, nodeSelector, affinity, spread, ports, List.of(), List.of(), path);
  }

  /**
   * As above, plus node requirements every required term must also meet (compiled hardware) and
   * the data sets the pod reads.
   */
  public static Placement parse(String nodeName, Map<String, String> nodeSelector, KubeFields.Affinity affinity,
      List<KubeFields.TopologySpreadConstraint> spread, List<KubeFields.HostPort> ports,
      List<LabelRequirement> alsoRequired, List<String> datasets, String path) {
    KubeFields.Affinity a = affinity == null ? new KubeFields.Affinity(null, null, null) : affinity;
    return new Placement(nodeName, Fields.labels(nodeSelector, path + ".nodeSelector"),
        withRequirements(nodeAffinity(a.nodeAffinity(), path + ".affinity.nodeAffinity"), alsoRequired),
        podAffinity(a.podAffinity(), path + ".affinity.podAffinity"),
        podAffinity(a.podAntiAffinity(), path + ".affinity.podAntiAffinity"),
        list(spread, path + ".topologySpreadConstraints", PlacementParser::spread),
        list(ports, path + ".hostPorts", (p, at) -> Fields.at(at, () ->
            new Placement.HostPort(Fields.required(p.hostPort(), "hostPort"), p.protocol(), p.hostIP()))),
        datasets);
  }

  /** Adds requirements to every required term (one term holding them when there were none). */
  private static NodeAffinity withRequirements(NodeAffinity affinity, List<LabelRequirement> requirements) {
    if (requirements.isEmpty()) {
      return affinity;
    }
    List<NodeSelectorTerm> terms = new ArrayList<>();
    if (affinity.required() == null) {
      terms.add(new NodeSelectorTerm(requirements, List.of()));
    } else {
      for (NodeSelectorTerm term : affinity.required()) {
        List<LabelRequirement> expressions = new ArrayList<>(term.matchExpressions());
        expressions.addAll(requirements);
        terms.add(new NodeSelectorTerm(expressions, term.matchFields()));
      }
    }
    return new NodeAffinity(terms, affinity.preferred());
  }

  private static NodeAffinity nodeAffinity(KubeFields.NodeAffinity spec, String path) {
    if (spec == null) {
      return NodeAffinity.NONE;
    }
    KubeFields.NodeSelector required = spec.requiredDuringSchedulingIgnoredDuringExecution();
    String requiredPath = path + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";
    List<NodeSelectorTerm> terms = required == null ? null
        : list(Fields.required(required.nodeSelectorTerms(), requiredPath), requiredPath, PlacementParser::term);
    List<NodeAffinity.Preferred> preferred = list(spec.preferredDuringSchedulingIgnoredDuringExecution(),
        path + ".preferredDuringSchedulingIgnoredDuringExecution", (p, at) -> Fields.at(at, () ->
            new NodeAffinity.Preferred(Fields.required(p.weight(), "weight"),
                term(Fields.required(p.preference(), "preference"), "preference"))));
    return new NodeAffinity(terms, preferred);
  }

  private static NodeSelectorTerm term(KubeFields.NodeSelectorTerm term, String path) {
    return Fields.at(path, () -> new NodeSelectorTerm(
        list(term.matchExpressions(), "matchExpressions", PlacementParser::requirement),
        list(term.matchFields(), "matchFields", PlacementParser::requirement)));
  }

  private static LabelRequirement requirement(KubeFields.Requirement r, String path) {
    return Fields.at(path, () -> new LabelRequirement(Fields.required(r.key(), "key"),
        LabelRequirement.Operator.parse(Fields.required(r.operator(), "operator")), r.values()));
  }

  private static PodAffinity podAffinity(KubeFields.PodAffinity spec, String path) {
    if (spec == null) {
      return PodAffinity.NONE;
    }
    return new PodAffinity(
        list(spec.requiredDuringSchedulingIgnoredDuringExecution(),
            path + ".requiredDuringSchedulingIgnoredDuringExecution", PlacementParser::podAffinityTerm),
        list(spec.preferredDuringSchedulingIgnoredDuringExecution(),
            path + ".preferredDuringSchedulingIgnoredDuringExecution", (w, at) -> Fields.at(at, () ->
                new PodAffinity.Weighted(Fields.required(w.weight(), "weight"),
                    podAffinityTerm(Fields.required(w.podAffinityTerm(), "podAffinityTerm"), "podAffinityTerm")))));
  }

  private static PodAffinityTerm podAffinityTerm(KubeFields.PodAffinityTerm term, String path) {
    return Fields.at(path, () -> {
      KubeFields.LabelSelector namespaceSelector = term.namespaceSelector();
      if (namespaceSelector != null && !isEmpty(namespaceSelector)) {
        throw new InputError("namespaceSelector: only {} (all namespaces) is supported; namespaces have no labels here");
      }
      List<String> match = labelKeys(term.matchLabelKeys(), "matchLabelKeys", term.labelSelector());
      List<String> mismatch = labelKeys(term.mismatchLabelKeys(), "mismatchLabelKeys", term.labelSelector());
      for (int i = 0; i < mismatch.size(); i++) {
        if (match.contains(mismatch.get(i))) {
          throw new InputError("mismatchLabelKeys[" + i + "]: '" + mismatch.get(i)
              + "' is also in matchLabelKeys; a key may be in one of them only");
        }
      }
      return new PodAffinityTerm(selector(term.labelSelector(), "labelSelector"),
          term.namespaces() == null ? null : new HashSet<>(term.namespaces()), namespaceSelector != null,
          Fields.required(term.topologyKey(), "topologyKey"), match, mismatch);
    });
  }

  /**
   * A pod affinity term's matchLabelKeys or mismatchLabelKeys as the API server validates them
   * (validateMatchLabelKeysAndMismatchLabelKeys): only beside a labelSelector, each a label key that
   * the selector does not already name.
   */
  private static List<String> labelKeys(List<String> keys, String field, KubeFields.LabelSelector selector) {
    if (keys == null || keys.isEmpty()) {
      return List.of();
    }
    if (selector == null) {
      throw new InputError(field + ": must not be given without a labelSelector");
    }
    Set<String> selectorKeys = new HashSet<>(selector.matchLabels() == null ? Set.of()
        : selector.matchLabels().keySet());
    if (selector.matchExpressions() != null) {
      selector.matchExpressions().forEach(r -> selectorKeys.add(r.key()));
    }
    for (int i = 0; i < keys.size(); i++) {
      String problem = KubeNames.qualifiedName(keys.get(i));
      if (problem != null) {
        throw new InputError(field + "[" + i + "]: '" + keys.get(i) + "' " + problem);
      }
      if (selectorKeys.contains(keys.get(i))) {
        throw new InputError(field + "[" + i + "]: '" + keys.get(i) + "' is also in labelSelector; the API server"
            + " refuses a key in both");
      }
    }
    return keys;
  }

  private static TopologySpreadConstraint spread(KubeFields.TopologySpreadConstraint c, String path) {
    return Fields.at(path, () -> new TopologySpreadConstraint(
        Fields.required(c.maxSkew(), "maxSkew"),
        Fields.required(c.topologyKey(), "topologyKey"),
        choice(Fields.required(c.whenUnsatisfiable(), "whenUnsatisfiable"), "whenUnsatisfiable", "DoNotSchedule",
            "ScheduleAnyway"),
        selector(c.labelSelector(), "labelSelector"),
        c.minDomains() == null ? 1 : c.minDomains(),
        c.nodeAffinityPolicy() == null || choice(c.nodeAffinityPolicy(), "nodeAffinityPolicy", "Honor", "Ignore"),
        c.nodeTaintsPolicy() != null && choice(c.nodeTaintsPolicy(), "nodeTaintsPolicy", "Honor", "Ignore"),
        c.matchLabelKeys()));
  }

  /** True for {@code first}, false for {@code second}, an error naming both otherwise. */
  private static boolean choice(String value, String field, String first, String second) {
    if (value.equals(first) || value.equals(second)) {
      return value.equals(first);
    }
    throw new InputError(field + ": expected " + first + " or " + second + ", found '" + value + "'");
  }

  /** A label selector; absent means it selects nothing, as in Kubernetes. */
  private static LabelSelector selector(KubeFields.LabelSelector selector, String path) {
    if (selector == null) {
      return LabelSelector.NOTHING;
    }
    return Fields.at(path, () -> new LabelSelector(selector.matchLabels(),
        list(selector.matchExpressions(), "matchExpressions", PlacementParser::requirement)));
  }

  private static boolean isEmpty(KubeFields.LabelSelector selector) {
    return (selector.matchLabels() == null || selector.matchLabels().isEmpty())
        && (selector.matchExpressions() == null || selector.matchExpressions().isEmpty());
  }

  private static <A, B> List<B> list(List<A> items, String path, BiFunction<A, String, B> convert) {
    List<B> result = new ArrayList<>();
    for (int i = 0; items != null && i < items.size(); i++) {
      result.add(convert.apply(items.get(i), path + "[" + i + "]"));
    }
    return result;
  }
}
