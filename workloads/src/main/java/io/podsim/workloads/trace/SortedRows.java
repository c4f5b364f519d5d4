package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.SimTime;
import java.util.function.Function;

/**
 * A table with one pod per row, in arrival order, as a pod stream: a row that arrives before the
 * one ahead of it is an error naming file, line and how to sort the table.
 */
public final class SortedRows implements PodStream {
  private final RecordSource rows;
  private final Function<TraceRecord, PodSpec> convert;
  private final String sortHint;
  private long previousArrival;

  /** {@code convert} returns null for a row it counted as skipped; {@code sortHint} says how to sort the table. */
  public SortedRows(RecordSource rows, Function<TraceRecord, PodSpec> convert, String sortHint) {
    this.rows = rows;
    this.convert = convert;
    this.sortHint = sortHint;
  }

  @Override
  public PodSpec next() {
    PodSpec pod = rows.next(convert);
    if (pod == null) {
      return null;
    }
    if (pod.arrival() < previousArrival) {
      throw new InputError(rows.location() + ": arrival " + SimTime.seconds(pod.arrival())
          + "s is earlier than the previous row's " + SimTime.seconds(previousArrival) + "s; " + sortHint);
    }
    previousArrival = pod.arrival();
    return pod;
  }

  @Override
  public void close() {
    rows.close();
  }
}
