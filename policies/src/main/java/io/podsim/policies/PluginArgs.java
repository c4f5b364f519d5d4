package io.podsim.policies;

import io.podsim.model.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plugin's {@code args} from a scheduler configuration, as plain YAML values (maps, lists,
 * strings, numbers), read with the path of each value for error messages.
 */
public final class PluginArgs {
  /** Keys every args block may carry (the type stamp of the Kubernetes object). */
  private static final Set<String> TYPE_KEYS = Set.of("apiVersion", "kind");

  private final Map<String, Object> values;
  private final String path;

  private PluginArgs(Map<String, Object> values, String path) {
    this.values = values;
    this.path = path;
  }

  public static PluginArgs of(Map<String, Object> values, String path) {
    return new PluginArgs(values == null ? Map.of() : values, path);
  }

  /** No arguments: every plugin default applies. */
  public static PluginArgs none() {
    return of(Map.of(), "args");
  }

  /** Fails on any key outside {@code known} (plus apiVersion and kind). */
  public PluginArgs allowOnly(String... known) {
    Set<String> allowed = new TreeSet<>(List.of(known));
    for (String key : values.keySet()) {
      if (!allowed.contains(key) && !TYPE_KEYS.contains(key)) {
        throw new InputError(path + ": unknown key '" + key + "'; expected one of: " + String.join(", ", allowed));
      }
    }
    return this;
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  public String string(String key, String defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Map || value instanceof List) {
      throw new InputError(path + "." + key + ": expected a text value");
    }
    return value.toString();
  }

  public int integer(String key, int defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Number number && number.doubleValue() == number.intValue()) {
      return number.intValue();
    }
    try {
      return Integer.parseInt(value.toString());
    } catch (NumberFormatException e) {
      throw new InputError(path + "." + key + ": expected a whole number, found '" + value + "'");
    }
  }

  /** A nested object; absent gives an empty one. */
  @SuppressWarnings("unchecked")
  public PluginArgs object(String key) {
    Object value = values.get(key);
    if (value != null && !(value instanceof Map)) {
      throw new InputError(path + "." + key + ": expected a mapping of keys to values");
    }
    return of((Map<String, Object>) value, path + "." + key);
  }

  /** A list of objects; absent gives an empty list. */
  @SuppressWarnings("unchecked")
  public List<PluginArgs> objects(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InputError(path + "." + key + ": expected a list");
    }
    List<PluginArgs> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map)) {
        throw new InputError(path + "." + key + "[" + i + "]: expected a mapping of keys to values");
      }
      result.add(of((Map<String, Object>) list.get(i), path + "." + key + "[" + i + "]"));
    }
    return result;
  }

  /** A list of text values; absent gives an empty list. */
  public List<String> strings(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InputError(path + "." + key + ": expected a list");
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** An input error about this block's {@code key}. */
  public InputError error(String key, String message) {
    return new InputError(path + "." + key + ": " + message);
  }

  public String path() {
    return path;
  }
}
