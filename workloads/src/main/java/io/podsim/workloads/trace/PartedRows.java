package io.podsim.workloads.trace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The records of a table published in several part files, read part after part as one stream. */
public final class PartedRows implements AutoCloseable {
  private final List<Path> parts;
  private final Function<Path, CsvRows> opener;
  private int next;
  private CsvRows current;

  /** {@code opener} opens one part (with or without a header, skipping bad rows or not). */
  public PartedRows(List<Path> parts, Function<Path, CsvRows> opener) {
    this.parts = parts;
    this.opener = opener;
  }

  /** The next record the converter accepts, across parts; null after the last part. */
  public <T> T next(Function<CsvRows.Row, T> convert) {
    while (true) {
      if (current == null) {
        if (next == parts.size()) {
          return null;
        }
        current = opener.apply(parts.get(next++));
      }
      T value = current.next(convert);
      if (value != null) {
        return value;
      }
      current.close();
      current = null;
    }
  }

  /** {@code file:line} of the record read last. */
  public String location() {
    return current == null ? parts.get(Math.max(0, next - 1)).toString() : current.location();
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
