package io.podsim.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Ends a pool of runs so that none still writes files once the command returns. */
public final class Pools {
  private Pools() {}

  /** Cancels what has not started, interrupts the rest and waits for them to finish. */
  public static void stop(ExecutorService pool) {
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
