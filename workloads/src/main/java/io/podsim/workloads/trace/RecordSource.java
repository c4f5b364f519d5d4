package io.podsim.workloads.trace;

import java.util.function.Function;

/** Records read one at a time from a trace table, whatever its encoding (CSV, JSON lines). */
public interface RecordSource extends AutoCloseable {
  /**
   * The next record the converter accepts, or null at the end. A converter returns null for a
   * record it counted as unmappable itself; a conversion error is located at this record, or in
   * skipping mode counted as a malformed row.
   */
  <T> T next(Function<TraceRecord, T> convert);

  /** {@code file:line} of the record read last. */
  String location();

  @Override
  void close();
}
