package io.podsim.workloads.trace;

import java.util.function.Consumer;
import java.util.function.Function;

/** Records read one at a time from a trace table, whatever its encoding (CSV, JSON lines). */
public interface RecordSource extends AutoCloseable {
  /**
   * The next record the converter accepts, or null at the end. A converter returns null for a
   * record it counted as unmappable itself; a conversion error is located at this record, or in
   * skipping mode counted as a malformed row.
   */
  <T> T next(Function<TraceRecord, T> convert);

  /** Hands every remaining record to {@code action} (skipping bad ones if the source does) and returns how many. */
  default long forEachRecord(Consumer<TraceRecord> action) {
    long count = 0;
    while (next(record -> {
      action.accept(record);
      return Boolean.TRUE;
    }) != null) {
      count++;
    }
    return count;
  }

  /** {@code file:line} of the record read last. */
  String location();

  @Override
  void close();
}
