package io.podsim.model;

import java.util.List;
import java.util.Map;

/**
 * A Kubernetes label selector: every {@code matchLabels} entry and every expression must hold. An
 * empty selector matches everything; {@link #NOTHING} (an absent selector) matches nothing.
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelRequirement> matchExpressions) {
  /** The selector that matches no labels at all, standing for an absent one. */
  public static final LabelSelector NOTHING = new LabelSelector(Map.of(), List.of());
  /** The selector that matches every set of labels. */
  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

  public LabelSelector {
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
    matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
    for (LabelRequirement requirement : matchExpressions) {
      if (requirement.operator() == LabelRequirement.Operator.GT || requirement.operator() == LabelRequirement.Operator.LT) {
        throw new InputError("a label selector takes In, NotIn, Exists or DoesNotExist, not "
            + requirement.operator().spelling());
      }
    }
  }

  /** True when the labels satisfy the selector. */
  public boolean matches(Map<String, String> labels) {
    if (this == NOTHING) {
      return false;
    }
    for (Map.Entry<String, String> entry : matchLabels.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    for (int i = 0; i < matchExpressions.size(); i++) {
      if (!matchExpressions.get(i).matches(labels)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof LabelSelector s && s != NOTHING && this != NOTHING && matchLabels.equals(s.matchLabels)
            && matchExpressions.equals(s.matchExpressions));
  }

  @Override
  public int hashCode() {
    return this == NOTHING ? -1 : 31 * matchLabels.hashCode() + matchExpressions.hashCode();
  }
}
