package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reader's mapping choices, from {@code mapping:} under a scenario's trace: every choice a format
 * offers has a documented default, and a key the format does not know is an error listing the
 * known ones.
 */
public final class TraceMapping {
  private final Map<String, String> values;
  private final String path;

  private TraceMapping(Map<String, String> values, String path) {
    this.values = values;
    this.path = path;
  }

  /** The defaults overridden by what the scenario gives. */
  public static TraceMapping of(Map<String, String> given, Map<String, String> defaults, String path) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    if (given != null) {
      given.forEach((key, value) -> {
        if (!defaults.containsKey(key)) {
          throw new InputError(path + "." + key + ": this format has no such mapping choice; "
              + (defaults.isEmpty() ? "it has none" : "known: " + String.join(", ", defaults.keySet())));
        }
        if (value == null || value.isBlank()) {
          throw new InputError(path + "." + key + ": expected a value");
        }
        values.put(key, value.trim());
      });
    }
    return new TraceMapping(values, path);
  }

  /** The choice as text. */
  public String text(String key) {
    return values.get(key);
  }

  /** The choice as an amount of {@code resource} in its base unit (millicores, bytes, units). */
  public long amount(String key, String resource) {
    try {
      long amount = ResourceSchema.parseAmount(resource, values.get(key));
      if (amount <= 0) {
        throw new InputError("expected a quantity > 0");
      }
      return amount;
    } catch (InputError | IllegalArgumentException e) {
      throw new InputError(path + "." + key + ": expected a " + resource + " quantity > 0 such as "
          + (resource.equals(ResourceSchema.CPU) ? "64" : "256Gi") + ", found '" + values.get(key) + "'");
    }
  }

  /** The choice as a whole number >= 1. */
  public long count(String key) {
    long value;
    try {
      value = Long.parseLong(values.get(key));
    } catch (NumberFormatException e) {
      value = 0;
    }
    if (value >= 1) {
      return value;
    }
    throw new InputError(path + "." + key + ": expected a whole number >= 1, found '" + values.get(key) + "'");
  }
}
