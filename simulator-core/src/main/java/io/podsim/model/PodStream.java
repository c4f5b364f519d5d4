package io.podsim.model;

import java.util.ArrayList;
import java.util.List;
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

  /** Every pod of the stream, in order; the stream is closed afterwards. */
  static List<PodSpec> readAll(PodStream stream) {
    List<PodSpec> pods = new ArrayList<>();
    try (stream) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }
}
