package io.podsim.model;

import java.util.List;

/**
 * A pod's node affinity: {@code required} terms (any one must match; null means no requirement)
 * and weighted {@code preferred} terms that score nodes.
 */
public record NodeAffinity(List<NodeSelectorTerm> required, List<Preferred> preferred) {
  /** A preferred term and its weight (1..100). */
  public record Preferred(int weight, NodeSelectorTerm preference) {
    public Preferred {
      if (weight < 1 || weight > 100) {
        throw new InputError("preferred node affinity weight must be 1..100, found " + weight);
      }
    }
  }

  public static final NodeAffinity NONE = new NodeAffinity(null, List.of());

  public NodeAffinity {
    required = required == null ? null : List.copyOf(required);
    preferred = preferred == null ? List.of() : List.copyOf(preferred);
  }

  /** True when the node satisfies the required terms (always, when there are none). */
  public boolean requiredMatches(NodeSpec node) {
    if (required == null) {
      return true;
    }
    for (int i = 0; i < required.size(); i++) {
      if (required.get(i).matches(node)) {
        return true;
      }
    }
    return false;
  }
}
