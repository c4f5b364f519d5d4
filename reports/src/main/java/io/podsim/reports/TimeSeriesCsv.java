package io.podsim.reports;

import io.podsim.metrics.TimeSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code timeseries.csv}: a header row, then one row per sample time. */
public final class TimeSeriesCsv {
  private TimeSeriesCsv() {}

  public static void write(TimeSeries series, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", series.columns()));
      out.newLine();
      for (double[] row : series.rows()) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            out.write(',');
          }
          out.write(Numbers.plain(row[i]));
        }
        out.newLine();
      }
    }
  }
}
