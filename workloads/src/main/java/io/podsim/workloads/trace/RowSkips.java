package io.podsim.workloads.trace;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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

  /** Reason → rows, sorted by reason. */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
