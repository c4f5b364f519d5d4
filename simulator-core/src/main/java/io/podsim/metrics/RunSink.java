package io.podsim.metrics;

import java.io.Closeable;
import java.io.IOException;

/**
 * One output of a run, chosen by whoever starts it: it receives the finished result once, and a
 * sink that also implements {@link io.podsim.engine.SimulationListener} hears the run as it plays
 * (a pods.csv written as pods end, so a trace of millions of pods is never held whole).
 */
public interface RunSink extends Closeable {
  /** Called once, after the run, with its result. */
  void write(RunResult result) throws IOException;

  /** Releases what the sink holds open; called whether or not the run finished. */
  @Override
  default void close() throws IOException {}
}
