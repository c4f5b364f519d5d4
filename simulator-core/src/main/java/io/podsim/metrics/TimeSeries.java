package io.podsim.metrics;

import java.util.ArrayList;
import java.util.List;

/** Samples of the cluster at a fixed interval: one row per sample time, one value per column. */
public final class TimeSeries {
  /** The first column of every series: the sample's time in seconds. */
  public static final String TIME = "time_s";

  private final List<String> columns;
  private final List<double[]> rows = new ArrayList<>();

  public TimeSeries(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Column names; the first is always {@code time_s}. */
  public List<String> columns() {
    return columns;
  }

  public List<double[]> rows() {
    return rows;
  }

  /** Appends one sample, a value per column. */
  public void add(double[] row) {
    if (row.length != columns.size()) {
      throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
    }
    rows.add(row);
  }
}
