package io.podsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod (anti-)affinity term: pods matching {@code selector} in the term's namespaces, counted per
 * domain of {@code topologyKey}. No namespaces and no namespace selector means the owning pod's
 * namespace; {@code allNamespaces} stands for an empty {@code namespaceSelector}. {@code matchLabelKeys}
 * and {@code mismatchLabelKeys} name labels of the owning pod whose values join the selector (as
 * {@code key in (value)} and {@code key notin (value)}) once the pod is known: {@link #resolvedFor}.
 */
public record PodAffinityTerm(LabelSelector selector, Set<String> namespaces, boolean allNamespaces, String topologyKey,
    List<String> matchLabelKeys, List<String> mismatchLabelKeys) {
  public PodAffinityTerm {
    selector = selector == null ? LabelSelector.NOTHING : selector;
    namespaces = namespaces == null ? Set.of() : Set.copyOf(namespaces);
    matchLabelKeys = matchLabelKeys == null ? List.of() : List.copyOf(matchLabelKeys);
    mismatchLabelKeys = mismatchLabelKeys == null ? List.of() : List.copyOf(mismatchLabelKeys);
    if (topologyKey == null || topologyKey.isEmpty()) {
      throw new InputError("a pod affinity term needs a topologyKey");
    }
  }

  /** A term without label keys. */
  public PodAffinityTerm(LabelSelector selector, Set<String> namespaces, boolean allNamespaces, String topologyKey) {
    this(selector, namespaces, allNamespaces, topologyKey, List.of(), List.of());
  }

  /** True when {@code pod} is matched by this term written on a pod in {@code ownerNamespace}. */
  public boolean matches(String ownerNamespace, String podNamespace, Map<String, String> podLabels) {
    boolean inNamespace = allNamespaces || (namespaces.isEmpty() ? ownerNamespace.equals(podNamespace)
        : namespaces.contains(podNamespace));
    return inNamespace && selector.matches(podLabels);
  }

  public boolean hasLabelKeys() {
    return !matchLabelKeys.isEmpty() || !mismatchLabelKeys.isEmpty();
  }

  /**
   * The term as the API server stores it for a pod with these labels (MatchLabelKeysInPodAffinity,
   * beta and on by default since Kubernetes 1.31): each key the pod carries joins the selector,
   * {@code key in (value)} for matchLabelKeys and {@code key notin (value)} for mismatchLabelKeys;
   * keys the pod lacks are ignored.
   */
  public PodAffinityTerm resolvedFor(Map<String, String> ownerLabels) {
    if (!hasLabelKeys()) {
      return this;
    }
    List<LabelRequirement> expressions = new ArrayList<>(selector.matchExpressions());
    for (String key : matchLabelKeys) {
      if (ownerLabels.containsKey(key)) {
        expressions.add(new LabelRequirement(key, LabelRequirement.Operator.IN, List.of(ownerLabels.get(key))));
      }
    }
    for (String key : mismatchLabelKeys) {
      if (ownerLabels.containsKey(key)) {
        expressions.add(new LabelRequirement(key, LabelRequirement.Operator.NOT_IN, List.of(ownerLabels.get(key))));
      }
    }
    return new PodAffinityTerm(new LabelSelector(selector.matchLabels(), expressions), namespaces, allNamespaces,
        topologyKey);
  }
}
