package io.podsim.engine;

/**
 * How a run is played: the seed for every random choice, the horizon ({@link #NO_HORIZON}: run
 * until no event is left), the delay between binding and running, and whether a pod that fits
 * nowhere waits to be retried, as in Kubernetes, or fails at once ({@code retriesUnschedulable}
 * false: the FGD paper's one attempt per pod).
 */
public record SimulationOptions(long seed, long horizon, long startupDelay, boolean retriesUnschedulable) {
  public static final long NO_HORIZON = -1;

  /** Kubernetes' way: unschedulable pods wait and are retried. */
  public SimulationOptions(long seed, long horizon, long startupDelay) {
    this(seed, horizon, startupDelay, true);
  }

  public SimulationOptions {
    if (horizon < 0 && horizon != NO_HORIZON) {
      throw new IllegalArgumentException("horizon must be >= 0");
    }
    if (startupDelay < 0) {
      throw new IllegalArgumentException("startupDelay must be >= 0");
    }
  }

  public boolean hasHorizon() {
    return horizon != NO_HORIZON;
  }
}
