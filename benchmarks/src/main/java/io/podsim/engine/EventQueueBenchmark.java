package io.podsim.engine;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's event heap under the classic hold model: with a fixed number of events pending,
 * each operation pops the earliest and pushes one a random delay later. The figure is hold
 * operations (one pop plus one push) per second. It lives in the engine's package because the
 * heap is internal to the engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventQueueBenchmark {
  /** Delays are drawn from [0, this) ms: about an hour, like pod run times in a trace. */
  private static final int MAX_DELAY_MS = 3_600_000;

  @Param({"1000", "10000", "100000", "1000000"})
  int pending;

  EventQueue queue;
  private SplittableRandom random;
  private final Event event = new Event.ScheduleCycle();

  /** Fills the heap with the pending events at random times. */
  @Setup(Level.Trial)
  public void setUp() {
    queue = new EventQueue();
    random = new SplittableRandom(1);
    for (int i = 0; i < pending; i++) {
      queue.push(random.nextInt(MAX_DELAY_MS), event);
    }
  }

  @Benchmark
  public long hold() {
    long now = queue.peekTime();
    queue.pop();
    queue.push(now + random.nextInt(MAX_DELAY_MS), event);
    return now;
  }
}
