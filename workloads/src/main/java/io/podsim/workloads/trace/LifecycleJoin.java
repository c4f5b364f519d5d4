package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.SimTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Replays a trace published as an event log (instances submitted, scheduled and ended, rows in time
 * order) as pods whose run time is known when they arrive. A first pass pairs every submission with
 * its end, holding only the instances alive at that moment and one run time per submission (8 bytes,
 * in a chunked array); the second pass emits a pod at each submission. The run time is end minus the
 * first schedule after the submission, or end minus submission for instances the trace never
 * scheduled; a submission with no end in the trace runs to the end of the run.
 */
public final class LifecycleJoin implements PodStream {
  /** What a row of the log says about its instance. */
  public enum Kind { SUBMIT, SCHEDULE, END, OTHER }

  /** One row of the log, as a format reads it; {@code pod} is asked for only on SUBMIT rows of the second pass. */
  public interface Row {
    long time();

    Kind kind();

    /** The instance the row is about, unique among instances alive at once. */
    String instance();

    /** The pod this submission becomes, named with the submission's ordinal, running for {@code duration}. */
    PodSpec pod(long ordinal, long duration);
  }

  /**
   * A format's log: each pass opens its records anew, counting skipped rows in {@code skips}, and
   * reads each record as a row ({@code skips} also counts records that become no pod).
   */
  public record Log(Function<RowSkips, RecordSource> records, BiFunction<TraceRecord, RowSkips, Row> rows) {}

  /** A time at or after which an end means "after the trace": the instance runs on. */
  private final long endOfTrace;
  private final RecordSource cursor;
  private final Function<TraceRecord, Row> rows;
  private final RunTimes runTimes;
  private long ordinal;
  private long previousSubmit;

  /** Makes the first pass now; the second pass runs as pods are read. */
  public LifecycleJoin(Log log, RowSkips skips, long endOfTrace) {
    this.endOfTrace = endOfTrace;
    this.runTimes = firstPass(log);
    this.cursor = log.records().apply(skips);
    this.rows = record -> log.rows().apply(record, skips);
  }

  private RunTimes firstPass(Log log) {
    RunTimes times = new RunTimes();
    Map<String, long[]> alive = new HashMap<>();
    long submissions = 0;
    RowSkips ignored = new RowSkips();
    try (RecordSource pass = log.records().apply(ignored)) {
      for (Row row = pass.next(r -> log.rows().apply(r, ignored)); row != null;
          row = pass.next(r -> log.rows().apply(r, ignored))) {
        switch (row.kind()) {
          case SUBMIT -> {
            long[] previous = alive.put(row.instance(), new long[] {submissions, row.time(), -1});
            if (previous != null) {
              times.set(previous[0], row.time() - start(previous));
            }
            submissions++;
          }
          case SCHEDULE -> {
            long[] state = alive.get(row.instance());
            if (state != null && state[2] < 0) {
              state[2] = row.time();
            }
          }
          case END -> {
            long[] state = alive.remove(row.instance());
            if (state != null && row.time() < endOfTrace) {
              times.set(state[0], Math.max(0, row.time() - start(state)));
            }
          }
          case OTHER -> { }
        }
      }
    }
    return times;
  }

  private static long start(long[] state) {
    return state[2] >= 0 ? state[2] : state[1];
  }

  @Override
  public PodSpec next() {
    for (Row row = cursor.next(rows); row != null; row = cursor.next(rows)) {
      if (row.kind() != Kind.SUBMIT) {
        continue;
      }
      if (row.time() < previousSubmit) {
        throw new InputError(cursor.location() + ": submitted at " + SimTime.seconds(row.time())
            + "s, before the submission ahead of it (" + SimTime.seconds(previousSubmit)
            + "s); the log must be in time order");
      }
      previousSubmit = row.time();
      long duration = runTimes.get(ordinal);
      return row.pod(ordinal++, duration);
    }
    return null;
  }

  @Override
  public void close() {
    cursor.close();
  }

  /** Run time per submission ordinal, {@link PodSpec#NO_DURATION} until set; chunks of 2^16 entries. */
  private static final class RunTimes {
    private static final int CHUNK_BITS = 16;
    private long[][] chunks = new long[16][];

    void set(long index, long value) {
      int chunk = (int) (index >>> CHUNK_BITS);
      if (chunk >= chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(chunk + 1, chunks.length * 2));
      }
      if (chunks[chunk] == null) {
        chunks[chunk] = new long[1 << CHUNK_BITS];
        Arrays.fill(chunks[chunk], PodSpec.NO_DURATION);
      }
      chunks[chunk][(int) (index & ((1 << CHUNK_BITS) - 1))] = value;
    }

    long get(long index) {
      int chunk = (int) (index >>> CHUNK_BITS);
      return chunk < chunks.length && chunks[chunk] != null
          ? chunks[chunk][(int) (index & ((1 << CHUNK_BITS) - 1))] : PodSpec.NO_DURATION;
    }
  }
}
