package io.podsim.reports.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/** Per-node charts: how full nodes are at the end, and a nodes × time heatmap per profile. */
final class NodeCharts {
  private NodeCharts() {}

  /** Nodes per fullness decile at the last sample, one bar per profile. */
  static JFreeChart distributionAtEnd(List<ProfileOutputs> profiles) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ProfileOutputs p : profiles) {
      double[] last = p.nodeRows().get(p.nodeRows().size() - 1);
      int[] deciles = new int[10];
      for (int n = 1; n < last.length; n++) {
        deciles[Math.min(9, (int) (last[n] * 10))]++;
      }
      for (int d = 0; d < 10; d++) {
        data.addValue(deciles[d], p.profile(), (d * 10) + "–" + (d * 10 + 10) + "%");
      }
    }
    return RunCharts.bars("Node fullness at the end (max of cpu and memory share)", "fullness", "nodes", data,
        profiles.size());
  }

  /** Heatmaps are drawn on at most this many time columns and node rows, averaging what falls in a cell. */
  private static final int MAX_COLUMNS = 300;
  private static final int MAX_ROWS = 200;

  /** Nodes sorted by their mean fullness (bottom: emptiest) against time, coloured by fullness. */
  static JFreeChart heatmap(ProfileOutputs profile) {
    List<double[]> rows = profile.nodeRows();
    int nodes = rows.get(0).length - 1;
    Integer[] order = IntStream.range(1, nodes + 1).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(n -> rows.stream().mapToDouble(r -> r[n]).sum()));
    int columns = Math.min(MAX_COLUMNS, rows.size());
    int ranks = Math.min(MAX_ROWS, nodes);
    double[] x = new double[columns * ranks];
    double[] y = new double[x.length];
    double[] z = new double[x.length];
    double start = rows.get(0)[0] / 3600;
    double span = rows.size() > 1 ? (rows.get(rows.size() - 1)[0] - rows.get(0)[0]) / 3600 : 1;
    double columnWidth = span / Math.max(1, columns - 1);
    double rowHeight = nodes / (double) ranks;
    for (int c = 0; c < columns; c++) {
      int firstRow = c * rows.size() / columns;
      int lastRow = Math.max(firstRow + 1, (c + 1) * rows.size() / columns);
      for (int r = 0; r < ranks; r++) {
        int firstNode = r * nodes / ranks;
        int lastNode = Math.max(firstNode + 1, (r + 1) * nodes / ranks);
        double sum = 0;
        for (int t = firstRow; t < lastRow; t++) {
          for (int n = firstNode; n < lastNode; n++) {
            sum += rows.get(t)[order[n]];
          }
        }
        int i = c * ranks + r;
        x[i] = start + c * columnWidth;
        y[i] = r * rowHeight;
        z[i] = sum / ((lastRow - firstRow) * (lastNode - firstNode));
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("fullness", new double[][] {x, y, z});
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(columnWidth);
    renderer.setBlockHeight(rowHeight);
    renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
    Scale scale = new Scale();
    renderer.setPaintScale(scale);
    NumberAxis time = new NumberAxis("simulated time (hours)");
    NumberAxis rank = new NumberAxis("nodes, emptiest at the bottom");
    rank.setRange(0, nodes);
    XYPlot plot = new XYPlot(data, time, rank, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart("Node fullness over time: " + profile.profile(), plot);
    chart.removeLegend();
    chart.setBackgroundPaint(Color.WHITE);
    PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("fullness"));
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 40, 4);
    chart.addSubtitle(legend);
    return chart;
  }

  /** White (empty) through blue to dark red (full). */
  private static final class Scale implements PaintScale {
    private static final Color[] STOPS = {Color.WHITE, new Color(86, 180, 233), new Color(0, 114, 178),
        new Color(213, 94, 0), new Color(120, 20, 0)};

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      double v = Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
      int low = Math.min(STOPS.length - 2, (int) v);
      double t = v - low;
      Color a = STOPS[low];
      Color b = STOPS[low + 1];
      return new Color((int) (a.getRed() + t * (b.getRed() - a.getRed())),
          (int) (a.getGreen() + t * (b.getGreen() - a.getGreen())), (int) (a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }
}
