package io.podsim.model;

/**
 * A stream of pods in non-decreasing arrival order, read one at a time so that traces are never
 * held whole in memory.
 */
public interface PodStream extends AutoCloseable {
  /** The next pod, or null at the end; a source that breaks arrival order throws {@link InputError}. */
  PodSpec next();

  @Override
  default void close() {}
}
