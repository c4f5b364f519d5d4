package io.podsim.model;

import java.util.Map;
import java.util.Set;

/**
 * A pod (anti-)affinity term: pods matching {@code selector} in the term's namespaces, counted per
 * domain of {@code topologyKey}. No namespaces and no namespace selector means the owning pod's
 * namespace; {@code allNamespaces} stands for an empty {@code namespaceSelector}.
 */
public record PodAffinityTerm(LabelSelector selector, Set<String> namespaces, boolean allNamespaces, String topologyKey) {
  public PodAffinityTerm {
    selector = selector == null ? LabelSelector.NOTHING : selector;
    namespaces = namespaces == null ? Set.of() : Set.copyOf(namespaces);
    if (topologyKey == null || topologyKey.isEmpty()) {
      throw new InputError("a pod affinity term needs a topologyKey");
    }
  }

  /** True when {@code pod} is matched by this term written on a pod in {@code ownerNamespace}. */
  public boolean matches(String ownerNamespace, String podNamespace, Map<String, String> podLabels) {
    boolean inNamespace = allNamespaces || (namespaces.isEmpty() ? ownerNamespace.equals(podNamespace)
        : namespaces.contains(podNamespace));
    return inNamespace && selector.matches(podLabels);
  }
}
