package io.podsim.run;

import io.podsim.model.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pool for independent tasks whose results come back in the order given: the pool
 * behind {@link Batch}, and behind protocols that are not scenario runs (the FGD experiment).
 * When it returns, no task is still running, so none writes a file after its caller moved on.
 */
public final class TaskPool {
  private int threads;
  private volatile boolean cancelled;
  private volatile ExecutorService executor;

  public TaskPool(int threads) {
    threads(threads);
  }

  /** At most this many tasks at once. */
  public void threads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + count);
    }
    this.threads = count;
  }

  /**
   * Runs every task and returns their results in order. The first failure stops the rest and is
   * thrown as it was (an {@link InputError} stays one); after {@link #cancel} this throws
   * {@link CancellationException}.
   */
  public <T> List<T> invokeAll(List<? extends Callable<T>> tasks) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
    executor = pool;
    try {
      if (cancelled) {
        throw new CancellationException("the batch was cancelled");
      }
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(await(future));
      }
      return results;
    } finally {
      stop(pool);
    }
  }

  /** Stops the tasks from any thread: those not started never start, running ones are interrupted. */
  public void cancel() {
    cancelled = true;
    ExecutorService pool = executor;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a run");
    } catch (CancellationException e) {
      throw new CancellationException("the batch was cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cancelled) {
        throw new CancellationException("the batch was cancelled");
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Cancels what has not started, interrupts the rest and waits for them to finish. */
  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
