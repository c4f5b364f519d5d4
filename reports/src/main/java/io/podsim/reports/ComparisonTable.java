package io.podsim.reports;

import io.podsim.metrics.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The side-by-side terminal table of profiles: one row per headline metric, one column per profile. */
public final class ComparisonTable {
  private ComparisonTable() {}

  public static String render(List<RunResult> results) {
    if (results.isEmpty()) {
      return "";
    }
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[results.size() + 1];
    header[0] = "metric";
    for (int i = 0; i < results.size(); i++) {
      header[i + 1] = results.get(i).profile();
    }
    rows.add(header);
    for (Metric metric : Metric.headline(results.get(0))) {
      String[] row = new String[results.size() + 1];
      row[0] = metric.label();
      for (int i = 0; i < results.size(); i++) {
        row[i + 1] = metric.format(results.get(i));
      }
      rows.add(row);
    }
    return layout(rows);
  }

  private static String layout(List<String[]> rows) {
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
