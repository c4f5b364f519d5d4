package io.podsim.model;

import java.util.Objects;

/** A node taint: pods that do not tolerate it are kept off (or preferably off) the node. */
public record Taint(String key, String value, TaintEffect effect) {
  public Taint {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(effect, "effect");
    value = value == null ? "" : value;
  }
}
