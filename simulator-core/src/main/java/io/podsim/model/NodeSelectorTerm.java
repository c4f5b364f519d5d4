package io.podsim.model;

import java.util.List;
import java.util.Map;

/**
 * One term of a required or preferred node affinity: every expression on the node's labels and
 * every field requirement (only {@code metadata.name}) must hold. A term with neither matches no
 * node, as in Kubernetes.
 */
public record NodeSelectorTerm(List<LabelRequirement> matchExpressions, List<LabelRequirement> matchFields) {
  /** The one field Kubernetes lets a node selector term match. */
  public static final String NAME_FIELD = "metadata.name";

  public NodeSelectorTerm {
    matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
    matchFields = matchFields == null ? List.of() : List.copyOf(matchFields);
    for (LabelRequirement field : matchFields) {
      if (!field.key().equals(NAME_FIELD)) {
        throw new InputError("matchFields supports only " + NAME_FIELD + ", not '" + field.key() + "'");
      }
    }
  }

  /** True when the node satisfies the term. */
  public boolean matches(NodeSpec node) {
    if (matchExpressions.isEmpty() && matchFields.isEmpty()) {
      return false;
    }
    for (int i = 0; i < matchExpressions.size(); i++) {
      if (!matchExpressions.get(i).matches(node.labels())) {
        return false;
      }
    }
    for (int i = 0; i < matchFields.size(); i++) {
      if (!matchFields.get(i).matches(Map.of(NAME_FIELD, node.name()))) {
        return false;
      }
    }
    return true;
  }
}
