package io.podsim.cli;

import io.podsim.model.SimTime;
import io.podsim.run.BatchProgress;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * One terminal progress bar over all runs of a {@code podsim run}: simulated hours reached (summed
 * over runs) and their rate, and pods finished. Shown only on a terminal: the launcher sets
 * {@code PODSIM_PROGRESS=1} when stderr is one.
 */
final class RunProgress implements BatchProgress, AutoCloseable {
  private final ProgressBar bar;
  private final AtomicLong simulatedMicros = new AtomicLong();
  private final AtomicLong podsDone = new AtomicLong();

  private RunProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A progress bar when stderr is a terminal and not {@code quiet}; otherwise null. */
  static RunProgress start(boolean quiet, int runs, long horizonMicros) {
    if (quiet || !"1".equals(System.getenv("PODSIM_PROGRESS"))) {
      return null;
    }
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("simulating")
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" sim-h", 3600).showSpeed();
    builder.setInitialMax(horizonMicros > 0 ? runs * (horizonMicros / SimTime.SECOND) : -1);
    return new RunProgress(builder.build());
  }

  @Override
  public void simulated(long micros) {
    bar.stepTo(simulatedMicros.addAndGet(micros) / SimTime.SECOND);
    bar.setExtraMessage(String.format(" %,d pods done", podsDone.get()));
  }

  @Override
  public void podFinished() {
    podsDone.incrementAndGet();
  }

  @Override
  public void close() {
    bar.close();
  }
}
