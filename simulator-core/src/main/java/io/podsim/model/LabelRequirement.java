package io.podsim.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Kubernetes selector requirement ({@code key}, {@code operator}, {@code values}), as used by
 * label selectors (In, NotIn, Exists, DoesNotExist) and node selectors (also Gt and Lt).
 */
public record LabelRequirement(String key, Operator operator, List<String> values) {
  /** Selector operators with Kubernetes semantics. */
  public enum Operator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist"),
    GT("Gt"),
    LT("Lt");

    private final String spelling;

    Operator(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }

    /** Parses the Kubernetes spelling. */
    public static Operator parse(String text) {
      for (Operator operator : values()) {
        if (operator.spelling.equals(text)) {
          return operator;
        }
      }
      throw new InputError("invalid operator '" + text + "'; expected In, NotIn, Exists, DoesNotExist, Gt or Lt");
    }
  }

  public LabelRequirement {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    values = values == null ? List.of() : List.copyOf(values);
    // ValidateLabelSelectorRequirement and ValidateNodeSelectorRequirement: the key is a qualified name.
    String problem = KubeNames.qualifiedName(key);
    if (problem != null) {
      throw new InputError("key '" + InputError.excerpt(key) + "' " + problem);
    }
    switch (operator) {
      case IN, NOT_IN -> {
        if (values.isEmpty()) {
          throw new InputError("operator " + operator.spelling + " on '" + key + "' needs at least one value");
        }
      }
      case EXISTS, DOES_NOT_EXIST -> {
        if (!values.isEmpty()) {
          throw new InputError("operator " + operator.spelling + " on '" + key + "' takes no values");
        }
      }
      case GT, LT -> {
        if (values.size() != 1 || !values.get(0).matches("-?[0-9]+")) {
          throw new InputError("operator " + operator.spelling + " on '" + key + "' needs exactly one whole number");
        }
      }
    }
  }

  /** True when the labels satisfy this requirement. */
  public boolean matches(Map<String, String> labels) {
    String value = labels.get(key);
    return switch (operator) {
      case IN -> value != null && values.contains(value);
      case NOT_IN -> value == null || !values.contains(value);
      case EXISTS -> value != null;
      case DOES_NOT_EXIST -> value == null;
      case GT, LT -> value != null && compares(value);
    };
  }

  private boolean compares(String value) {
    try {
      long actual = Long.parseLong(value);
      long bound = Long.parseLong(values.get(0));
      return operator == Operator.GT ? actual > bound : actual < bound;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
