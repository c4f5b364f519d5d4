package io.podsim.policies.interpodaffinity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Counts (or weights) per topology domain: topology key, then the node label value. */
final class TopologyCounts {
  private final Map<String, Map<String, long[]>> byKey = new HashMap<>();
  private long total;

  /** Adds {@code delta} to the domain {@code key=value}. */
  void add(String key, String value, long delta) {
    byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(value, v -> new long[1])[0] += delta;
    total += delta;
  }

  /** Adds {@code delta} to the node's domain for the key; nothing when the node lacks the key. */
  void addDomain(String key, Map<String, String> nodeLabels, long delta) {
    String value = nodeLabels.get(key);
    if (value != null) {
      add(key, value, delta);
    }
  }

  /** The sum over all domains (for counts: how many pods were counted). */
  long total() {
    return total;
  }

  /** The count of the node's domain for the key; 0 when the node lacks the key. */
  long get(String key, Map<String, String> nodeLabels) {
    String value = nodeLabels.get(key);
    if (value == null) {
      return 0;
    }
    Map<String, long[]> values = byKey.get(key);
    long[] count = values == null ? null : values.get(value);
    return count == null ? 0 : count[0];
  }

  /** True when any domain the node belongs to has a positive count. */
  boolean anyPositive(Map<String, String> nodeLabels) {
    for (Map.Entry<String, Map<String, long[]>> entry : byKey.entrySet()) {
      String value = nodeLabels.get(entry.getKey());
      long[] count = value == null ? null : entry.getValue().get(value);
      if (count != null && count[0] > 0) {
        return true;
      }
    }
    return false;
  }

  /** The sum over every key of the node's domain count. */
  long sum(Map<String, String> nodeLabels) {
    long total = 0;
    for (String key : byKey.keySet()) {
      total += get(key, nodeLabels);
    }
    return total;
  }

  /** The topology keys counted under. */
  Set<String> keys() {
    return byKey.keySet();
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }
}
