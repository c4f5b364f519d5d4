package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Side-by-side tables of runs: one row per headline metric, one column per run. */
public final class ComparisonTable {
  private ComparisonTable() {}

  /** A column: its heading and the summary it shows. */
  public record Column(String heading, JsonNode summary) {}

  /** The rows of the table: a header, then label and one formatted value per column. */
  public static List<String[]> rows(List<Column> columns) {
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[columns.size() + 1];
    header[0] = "metric";
    for (int i = 0; i < columns.size(); i++) {
      header[i + 1] = columns.get(i).heading();
    }
    rows.add(header);
    if (columns.isEmpty()) {
      return rows;
    }
    for (Metric metric : Metrics.headline(columns.get(0).summary())) {
      String[] row = new String[columns.size() + 1];
      row[0] = metric.label();
      for (int i = 0; i < columns.size(); i++) {
        row[i + 1] = cell(metric, columns.get(i).summary());
      }
      rows.add(row);
    }
    return rows;
  }

  /** The value, followed by ± the half-width of its 95 % interval when the summary spans several seeds. */
  static String cell(Metric metric, JsonNode summary) {
    String value = metric.format(metric.value(summary));
    double half = SeedStatistics.halfWidth(summary, metric);
    return Double.isNaN(half) ? value : value + " ± " + metric.format(half);
  }

  /** The rows laid out for a terminal, numbers right-aligned. */
  public static String render(List<Column> columns) {
    return layout(rows(columns));
  }

  static String layout(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        String pad = " ".repeat(widths[c] - cell.length());
        text.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      text.append('\n');
      if (r == 0) {
        text.append("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1))).append('\n');
      }
    }
    return text.toString();
  }
}
