package io.podsim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.metrics.NodeSeries;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.TimeSeries;
import io.podsim.reports.NodeSeriesCsv;
import io.podsim.reports.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts and the report need of one profile, taken from its typed run result: the summary
 * to show (the run's, or the mean over seeds), its sampled time series, the scheduling latency of
 * every bound pod ({@link LatencySamples}), each node's fullness per sample (time first; empty for
 * large clusters), and on clusters with GPUs the GPU series (as a table of its own; null otherwise).
 * With several seeds the series come from the first seed's run.
 */
public record ProfileOutputs(String profile, JsonNode summary, List<String> columns, List<double[]> series,
    double[] latencies, List<double[]> nodeRows, ProfileOutputs gpus) {

  /** The outputs of a run, shown with {@code summary}; {@code latencies} of its bound pods, in seconds. */
  public static ProfileOutputs of(RunResult run, JsonNode summary, double[] latencies) {
    String name = ResultSet.name(summary);
    TimeSeries gpuSeries = run.gpuSeries();
    ProfileOutputs gpus = gpuSeries == null ? null
        : new ProfileOutputs(name, summary, gpuSeries.columns(), gpuSeries.rows(), new double[0], List.of(), null);
    return new ProfileOutputs(name, summary, run.timeSeries().columns(), run.timeSeries().rows(), latencies,
        nodeRows(run.nodeSeries()), gpus);
  }

  /** The values of one time-series column, or null when the run has no such column. */
  public double[] column(String name) {
    int index = columns.indexOf(name);
    return index < 0 ? null : series.stream().mapToDouble(row -> row[index]).toArray();
  }

  /** Each sample as its time followed by every node's fullness, rounded as nodes.csv writes it. */
  private static List<double[]> nodeRows(NodeSeries nodes) {
    List<double[]> rows = new ArrayList<>();
    if (nodes == null) {
      return rows;
    }
    for (int r = 0; r < nodes.rows().size(); r++) {
      double[] fullness = nodes.rows().get(r);
      double[] row = new double[fullness.length + 1];
      row[0] = nodes.times().get(r);
      for (int n = 0; n < fullness.length; n++) {
        row[n + 1] = NodeSeriesCsv.rounded(fullness[n]);
      }
      rows.add(row);
    }
    return rows;
  }
}
