package io.podsim.engine;

/**
 * How a run is played: the seed for every random choice, the horizon ({@link #NO_HORIZON}: run
 * until no event is left) and the delay between binding and running.
 */
public record SimulationOptions(long seed, long horizon, long startupDelay) {
  public static final long NO_HORIZON = -1;

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
