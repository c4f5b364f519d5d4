package io.podsim.workloads.trace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The records of a table published in several part files, read part after part as one stream. */
public final class PartedRows implements RecordSource {
  private final List<Path> parts;
  private final Function<Path, RecordSource> opener;
  private int next;
  private RecordSource current;

  /** {@code opener} opens one part (with or without a header, skipping bad rows or not). */
  public PartedRows(List<Path> parts, Function<Path, RecordSource> opener) {
    this.parts = parts;
    this.opener = opener;
  }

  @Override
  public <T> T next(Function<TraceRecord, T> convert) {
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

  @Override
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
