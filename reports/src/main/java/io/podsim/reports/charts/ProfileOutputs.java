package io.podsim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.podsim.reports.ResultSet;
import io.podsim.reports.SummaryFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the charts need of one profile's outputs: its summary, its sampled time series and the
 * scheduling latency of every bound pod (from pods.csv, when written) and each node's fullness per
 * sample (from nodes.csv, time first, when written), and on clusters with GPUs the GPU series
 * (from gpus.csv, as a table of its own; null otherwise). With several seeds these come from the
 * first seed's run.
 */
public record ProfileOutputs(String profile, JsonNode summary, List<String> columns, List<double[]> series,
    double[] latencies, List<double[]> nodeRows, ProfileOutputs gpus) {

  /** Reads the profile folders listed in {@code out/comparison.json}. */
  public static List<ProfileOutputs> load(Path out) {
    try {
      JsonNode comparison = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
      List<ProfileOutputs> profiles = new ArrayList<>();
      for (JsonNode summary : comparison.path(SummaryFields.PROFILES)) {
        String name = ResultSet.name(summary);
        Path dir = out.resolve(name);
        if (summary.has(SummaryFields.SEEDS)) {
          dir = dir.resolve("seed-" + summary.path(SummaryFields.SEEDS).get(0).asLong());
        }
        List<String[]> rows = csv(dir.resolve("timeseries.csv"));
        ProfileOutputs gpus = null;
        if (Files.isRegularFile(dir.resolve("gpus.csv"))) {
          List<String[]> gpuRows = csv(dir.resolve("gpus.csv"));
          gpus = new ProfileOutputs(name, summary, List.of(gpuRows.get(0)), numbers(gpuRows), new double[0], List.of(),
              null);
        }
        profiles.add(new ProfileOutputs(name, summary, List.of(rows.get(0)), numbers(rows),
            latencies(dir.resolve("pods.csv")), nodeRows(dir.resolve("nodes.csv")), gpus));
      }
      return profiles;
    } catch (IOException e) {
      throw new InputError(out + ": cannot read the run's outputs: " + e.getMessage());
    }
  }

  /** The rows after the header, as numbers. */
  private static List<double[]> numbers(List<String[]> rows) {
    return rows.stream().skip(1).map(r -> Arrays.stream(r).mapToDouble(Double::parseDouble).toArray()).toList();
  }

  /** The values of one time-series column, or null when the run has no such column. */
  public double[] column(String name) {
    int index = columns.indexOf(name);
    return index < 0 ? null : series.stream().mapToDouble(row -> row[index]).toArray();
  }

  private static List<double[]> nodeRows(Path nodesCsv) throws IOException {
    if (!Files.isRegularFile(nodesCsv)) {
      return List.of();
    }
    return csv(nodesCsv).stream().skip(1).map(r -> Arrays.stream(r).mapToDouble(Double::parseDouble).toArray())
        .toList();
  }

  private static double[] latencies(Path podsCsv) throws IOException {
    if (!Files.isRegularFile(podsCsv)) {
      return new double[0];
    }
    List<String[]> rows = csv(podsCsv);
    List<String> header = List.of(rows.get(0));
    int arrival = header.indexOf("arrival");
    int bind = header.indexOf("bind");
    return rows.stream().skip(1).filter(r -> r.length > bind && !r[bind].isEmpty())
        .mapToDouble(r -> Double.parseDouble(r[bind]) - Double.parseDouble(r[arrival])).sorted().toArray();
  }

  /** Reads CSV written by podsim: one record per line, fields quoted when they hold commas or quotes. */
  private static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(fields(line));
      }
    }
    return rows;
  }

  private static String[] fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
