package io.podsim.cli;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.SimulationListener;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * One terminal progress bar over all runs of a {@code podsim run}: simulated hours reached (summed
 * over runs) and their rate, and pods finished. Shown only on a terminal: the launcher sets
 * {@code PODSIM_PROGRESS=1} when stderr is one.
 */
final class RunProgress implements AutoCloseable {
  /** Progress is redrawn at most this often per run, in simulated seconds. */
  private static final long STEP_MICROS = 1_000_000L;

  private final ProgressBar bar;
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
    builder.setInitialMax(horizonMicros > 0 ? runs * (horizonMicros / 1_000_000L) : -1);
    return new RunProgress(builder.build());
  }

  /** A listener for one run that feeds this bar. */
  SimulationListener listener() {
    return new SimulationListener() {
      private long reported;

      @Override
      public void onTimeAdvance(long now) {
        if (now - reported >= STEP_MICROS) {
          bar.stepBy((now - reported) / 1_000_000L);
          reported += (now - reported) / 1_000_000L * 1_000_000L;
          bar.setExtraMessage(String.format(" %,d pods done", podsDone.get()));
        }
      }

      @Override
      public void onPodFinal(Pod pod, PodOutcome outcome) {
        podsDone.incrementAndGet();
      }
    };
  }

  @Override
  public void close() {
    bar.close();
  }
}
