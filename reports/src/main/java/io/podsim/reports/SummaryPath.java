package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Finds a value in a summary by a dotted path such as {@code utilization.nvidia.com/gpu.mean},
 * where keys may themselves contain dots: at each level the longest matching key wins.
 */
public final class SummaryPath {
  private SummaryPath() {}

  /** The node at the path, or null. */
  public static JsonNode find(JsonNode root, String path) {
    JsonNode node = root;
    String rest = path;
    while (node != null && !rest.isEmpty()) {
      String key = longestKey(node, rest);
      if (key == null) {
        return null;
      }
      node = node.get(key);
      rest = rest.length() == key.length() ? "" : rest.substring(key.length() + 1);
    }
    return node;
  }

  private static String longestKey(JsonNode node, String rest) {
    String best = null;
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      boolean matches = rest.equals(name) || rest.startsWith(name + ".");
      if (matches && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }
}
