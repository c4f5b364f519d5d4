package io.podsim.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares runs, optionally against a baseline matched by profile name, and renders the result as
 * a terminal table, Markdown (for pull-request comments), CSV or JSON.
 */
public final class ComparisonReport {
  /** Output formats of {@code podsim compare}. */
  public enum Format {
    TABLE,
    MARKDOWN,
    CSV,
    JSON
  }

  private final List<ComparisonTable.Column> columns = new ArrayList<>();

  /** Builds the columns: each current profile, preceded by its baseline when there is one. */
  public ComparisonReport(List<ResultSet> runs, ResultSet baseline) {
    boolean several = runs.size() > 1;
    for (ResultSet run : runs) {
      for (JsonNode summary : run.summaries()) {
        String name = ResultSet.name(summary);
        String heading = several ? run.source() + ":" + name : name;
        if (baseline != null) {
          baseline.named(name).ifPresent(b -> columns.add(new ComparisonTable.Column(heading + " (baseline)", b)));
        }
        columns.add(new ComparisonTable.Column(heading, summary));
      }
    }
  }

  /** The comparison; Markdown and JSON carry the gate's verdict too, when there is one (else null). */
  public String render(Format format, GateVerdict verdict) {
    List<String[]> rows = ComparisonTable.rows(columns);
    if (!columns.isEmpty() && columns.get(0).summary().has(SummaryFields.WORKLOAD)) {
      rows = transposed(rows);
    }
    return switch (format) {
      case TABLE -> ComparisonTable.layout(rows);
      case MARKDOWN -> markdown(rows) + (verdict == null ? "" : verdict.markdown());
      case CSV -> rows.stream().map(r -> Arrays.stream(r).map(ComparisonReport::csvField)
          .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n"));
      case JSON -> json(verdict);
    };
  }

  /** Bench results read best one workload per row, with a column per figure. */
  private static List<String[]> transposed(List<String[]> rows) {
    List<String[]> flipped = new ArrayList<>();
    for (int c = 0; c < rows.get(0).length; c++) {
      String[] row = new String[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        row[r] = rows.get(r)[c];
      }
      flipped.add(row);
    }
    flipped.get(0)[0] = "workload";
    return flipped;
  }

  private static String markdown(List<String[]> rows) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      text.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
      if (r == 0) {
        text.append("| --- |").append(" ---: |".repeat(rows.get(0).length - 1)).append('\n');
      }
    }
    return text.toString();
  }

  private String json(GateVerdict verdict) {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    ArrayNode metrics = root.putArray("metrics");
    if (!columns.isEmpty()) {
      for (Metric metric : Metrics.headline(columns.get(0).summary())) {
        ObjectNode entry = metrics.addObject();
        entry.put("path", metric.path());
        ObjectNode values = entry.putObject("values");
        for (ComparisonTable.Column column : columns) {
          double value = metric.value(column.summary());
          if (Double.isNaN(value)) {
            values.putNull(column.heading());
          } else {
            values.put(column.heading(), value);
          }
        }
      }
    }
    if (verdict != null) {
      root.set("gate", verdict.json());
    }
    try {
      return SummaryJson.JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String csvField(String field) {
    return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

}
