package io.podsim.model;

/**
 * A pod toleration with Kubernetes semantics: operator {@code Equal} (default) or {@code Exists};
 * an empty key with {@code Exists} tolerates every taint; a null effect matches every effect.
 * {@code tolerationSeconds} (NoExecute only; null: forever) bounds how long a pod stays on a node
 * once a NoExecute taint it tolerates appears; scheduling does not read it.
 */
public record Toleration(String key, Operator operator, String value, TaintEffect effect, Long tolerationSeconds) {
  /** How the toleration's value is compared with the taint's. */
  public enum Operator {
    EQUAL,
    EXISTS
  }

  public Toleration {
    key = key == null ? "" : key;
    value = value == null ? "" : value;
    operator = operator == null ? Operator.EQUAL : operator;
  }

  /** A toleration without a time limit. */
  public Toleration(String key, Operator operator, String value, TaintEffect effect) {
    this(key, operator, value, effect, null);
  }

  /** True when this toleration tolerates the taint. */
  public boolean tolerates(Taint taint) {
    if (effect != null && effect != taint.effect()) {
      return false;
    }
    if (!key.isEmpty() && !key.equals(taint.key())) {
      return false;
    }
    return operator == Operator.EXISTS || value.equals(taint.value());
  }
}
