package io.podsim.reports;

import io.podsim.metrics.NodeSeries;
import io.podsim.metrics.TimeSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code nodes.csv}: a header of {@code time_s} and node names, then each node's fullness per sample. */
public final class NodeSeriesCsv {
  private NodeSeriesCsv() {}

  /** A node's fullness as nodes.csv holds it (four decimals), so charts drawn from the result show the same. */
  public static double rounded(double fullness) {
    return Math.round(fullness * 10_000) / 10_000.0;
  }

  public static void write(NodeSeries series, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(TimeSeries.TIME);
      for (String node : series.nodes()) {
        out.write(',');
        out.write(node);
      }
      out.newLine();
      for (int r = 0; r < series.rows().size(); r++) {
        out.write(Numbers.plain(series.times().get(r)));
        for (double value : series.rows().get(r)) {
          out.write(',');
          out.write(Numbers.plain(rounded(value)));
        }
        out.newLine();
      }
    }
  }
}
