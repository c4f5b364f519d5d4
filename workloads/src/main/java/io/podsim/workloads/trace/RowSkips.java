package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Rows a reader read but did not turn into a pod or node, counted by reason, so that nothing is
 * dropped silently: the counts go to {@code podsim validate} and into {@code summary.json}.
 */
public final class RowSkips {
  private final Map<String, Long> counts = new TreeMap<>();

  /** Counts one row skipped for this reason. */
  public void count(String reason) {
    counts.merge(reason, 1L, Long::sum);
  }

  /**
   * Converts one record. A conversion error stops the read, located at {@code location}, unless
   * {@code skips} is given: then it is counted as a malformed row and the result is null (as it is
   * for a record the converter itself skipped).
   */
  static <T> T convert(Supplier<T> conversion, RowSkips skips, String location) {
    try {
      return conversion.get();
    } catch (InputError e) {
      if (skips == null) {
        throw e.at(location);
      }
      skips.count(malformedReason(e.getMessage()));
      return null;
    }
  }

  /** "malformed: COLUMN" for an error that starts with a column name, else the generic reason. */
  static String malformedReason(String message) {
    int colon = message.indexOf(':');
    String column = colon > 0 ? message.substring(0, colon) : "";
    return column.isEmpty() || column.contains(" ") ? "malformed row" : "malformed: " + column;
  }

  /** Reason → rows, sorted by reason. */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
