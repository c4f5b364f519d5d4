package io.podsim.scheduler;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Data one scheduling cycle shares between extension points, keyed by plugin (for example what
 * PreFilter computed once for Filter to read per node), and the run's seeded random source for
 * plugins that draw. A new one is made for every cycle.
 */
public final class CycleState {
  private final Map<String, Object> data = new HashMap<>();
  private final RandomGenerator random;

  public CycleState(RandomGenerator random) {
    this.random = random;
  }

  /** The scheduler's seeded random source: every random choice a plugin makes comes from it. */
  public RandomGenerator random() {
    return random;
  }

  /** Stores a value under the key, replacing any earlier one. */
  public void write(String key, Object value) {
    data.put(key, value);
  }

  /** Reads the value stored under the key; a missing key is a plugin bug. */
  public <T> T read(String key, Class<T> type) {
    Object value = data.get(key);
    if (value == null) {
      throw new IllegalStateException("no cycle state under " + key);
    }
    return type.cast(value);
  }
}
