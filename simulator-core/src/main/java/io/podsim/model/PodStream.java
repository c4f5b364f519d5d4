package io.podsim.model;

import java.util.Map;

/**
 * A stream of pods in non-decreasing arrival order, read one at a time so that traces are never
 * held whole in memory.
 */
public interface PodStream extends AutoCloseable {
  /** The next pod, or null at the end; a source that breaks arrival order throws {@link InputError}. */
  PodSpec next();

  /** Input rows read so far that became no pod, by reason (malformed rows skipped, rows a format cannot map). */
  default Map<String, Long> skippedRows() {
    return Map.of();
  }

  @Override
  default void close() {}
}
