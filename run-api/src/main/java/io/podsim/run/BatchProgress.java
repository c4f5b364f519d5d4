package io.podsim.run;

/**
 * The one progress signal of a batch. Runs call it from their own threads, so an implementation
 * must be thread-safe; a run reports its clock at most once per simulated second.
 */
public interface BatchProgress {
  /** Reports nothing. */
  BatchProgress NONE = new BatchProgress() {};

  /** A run's clock moved {@code micros} further. */
  default void simulated(long micros) {}

  /** A pod of some run reached its final state. */
  default void podFinished() {}

  /** The run at {@code index} (in the order the batch was given) finished. */
  default void runFinished(int index) {}
}
