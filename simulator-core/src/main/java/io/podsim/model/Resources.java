package io.podsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable amount of every resource of a {@link ResourceSchema}, indexed by resource. */
public final class Resources {
  private final long[] amounts;

  private Resources(long[] amounts) {
    this.amounts = amounts;
  }

  /** Amounts in base units, one per schema index. */
  public static Resources of(long... amounts) {
    for (long amount : amounts) {
      if (amount < 0) {
        throw new IllegalArgumentException("negative amount " + amount);
      }
    }
    return new Resources(amounts.clone());
  }

  /**
   * Parses a map such as {@code {cpu: 500m, memory: 1Gi}}; a resource the schema lacks is an error
   * naming the known ones.
   */
  public static Resources parse(ResourceSchema schema, Map<String, String> quantities) {
    long[] amounts = new long[schema.size()];
    for (Map.Entry<String, String> entry : quantities.entrySet()) {
      int index = schema.indexOf(entry.getKey());
      if (index < 0) {
        throw new InputError("unknown resource '" + entry.getKey() + "'; known: " + schema.names());
      }
      try {
        amounts[index] = ResourceSchema.parseAmount(entry.getKey(), entry.getValue());
      } catch (InputError e) {
        throw e.at(entry.getKey());
      }
    }
    return new Resources(amounts);
  }

  /** The amount of resource {@code index}, zero when this value predates the index. */
  public long get(int index) {
    return index < amounts.length ? amounts[index] : 0;
  }

  /** The number of indexes held. */
  public int size() {
    return amounts.length;
  }

  /** True when every amount is zero. */
  public boolean isZero() {
    for (long amount : amounts) {
      if (amount != 0) {
        return false;
      }
    }
    return true;
  }

  /** Both amounts added, resource by resource. */
  public Resources plus(Resources other) {
    long[] sum = Arrays.copyOf(amounts, Math.max(amounts.length, other.amounts.length));
    for (int i = 0; i < other.amounts.length; i++) {
      sum[i] = Math.addExact(sum[i], other.amounts[i]);
    }
    return of(sum);
  }

  /** This value with one amount replaced. */
  public Resources with(int index, long amount) {
    long[] copy = Arrays.copyOf(amounts, Math.max(amounts.length, index + 1));
    copy[index] = amount;
    return of(copy);
  }

  /** The non-zero amounts by name, for display. */
  public Map<String, Long> toMap(ResourceSchema schema) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        map.put(schema.name(i), amounts[i]);
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resources r && Arrays.equals(amounts, r.amounts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(amounts);
  }

  @Override
  public String toString() {
    return Arrays.toString(amounts);
  }
}
