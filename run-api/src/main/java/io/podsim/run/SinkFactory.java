package io.podsim.run;

import io.podsim.metrics.RunSink;
import java.io.IOException;
import java.util.List;

/** Chooses the outputs of each run of a batch (a folder per run, say), opened just before the run starts. */
@FunctionalInterface
public interface SinkFactory {
  /** Writes nothing: the caller reads the returned results. */
  SinkFactory NONE = run -> List.of();

  List<RunSink> open(RunSpec run) throws IOException;
}
