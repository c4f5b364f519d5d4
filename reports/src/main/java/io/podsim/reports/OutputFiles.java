package io.podsim.reports;

import io.podsim.metrics.RunSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one run in its folder, each one writer over the result: {@code summary.json},
 * {@code timeseries.csv}, {@code nodes.csv} (clusters small enough for a per-node series),
 * {@code gpus.csv} (clusters with GPUs) and, when asked, {@code pods.csv}.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** The sinks that write a run's files into {@code dir}, created if missing. */
  public static List<RunSink> in(Path dir, boolean podsCsv) throws IOException {
    Files.createDirectories(dir);
    List<RunSink> sinks = new ArrayList<>();
    if (podsCsv) {
      sinks.add(new PodsCsvWriter(dir.resolve("pods.csv")));
    }
    sinks.add(result -> {
      if (result.gpuSeries() != null) {
        TimeSeriesCsv.write(result.gpuSeries(), dir.resolve("gpus.csv"));
      }
    });
    sinks.add(result -> SummaryJson.write(result, dir.resolve("summary.json")));
    sinks.add(result -> TimeSeriesCsv.write(result.timeSeries(), dir.resolve("timeseries.csv")));
    sinks.add(result -> {
      if (result.nodeSeries() != null) {
        NodeSeriesCsv.write(result.nodeSeries(), dir.resolve("nodes.csv"));
      }
    });
    return sinks;
  }
}
