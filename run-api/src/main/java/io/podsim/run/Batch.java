package io.podsim.run;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.SimulationListener;
import io.podsim.metrics.RunResult;
import io.podsim.model.SimTime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * Many runs on a bounded pool of threads (runs are independent and deterministic, so the results
 * do not depend on the pool's size), with one progress signal and cancellation. Results come back
 * in the order the runs were given.
 */
public final class Batch {
  private final List<RunSpec> runs;
  private final Runner runner = new Runner();
  private final TaskPool pool;
  private SinkFactory sinks = SinkFactory.NONE;
  private BatchProgress progress = BatchProgress.NONE;

  public Batch(List<RunSpec> runs) {
    this.runs = List.copyOf(runs);
    this.pool = new TaskPool(Math.min(Math.max(1, this.runs.size()), Runtime.getRuntime().availableProcessors()));
  }

  /** Where each run writes its outputs; by default nowhere. */
  public Batch sinks(SinkFactory factory) {
    this.sinks = factory;
    return this;
  }

  /** Who hears how far the batch has come; by default nobody. */
  public Batch progress(BatchProgress listener) {
    this.progress = listener;
    return this;
  }

  /** At most this many runs at once; by default one per processor. */
  public Batch threads(int threads) {
    pool.threads(threads);
    return this;
  }

  /**
   * Plays every run and returns the results in order. The first run to fail stops the others and
   * its exception is thrown; after {@link #cancel} this throws {@link CancellationException}.
   */
  public List<RunResult> run() throws IOException {
    List<Callable<RunResult>> tasks = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      int index = i;
      tasks.add(() -> {
        RunSpec spec = runs.get(index);
        List<SimulationListener> observers = progress == BatchProgress.NONE ? List.of() : List.of(new Reporter());
        RunResult result = runner.run(spec, sinks.open(spec), observers);
        progress.runFinished(index);
        return result;
      });
    }
    return pool.invokeAll(tasks);
  }

  /** Stops the batch from any thread: runs not started never start, running ones stop within milliseconds. */
  public void cancel() {
    pool.cancel();
  }

  /** Turns one run's events into the batch's progress signal, at most once per simulated second. */
  private final class Reporter implements SimulationListener {
    private long reported;

    @Override
    public void onTimeAdvance(long now) {
      if (now - reported >= SimTime.SECOND) {
        progress.simulated(now - reported);
        reported = now;
      }
    }

    @Override
    public void onPodFinal(Pod pod, PodOutcome outcome) {
      progress.podFinished();
    }
  }
}
