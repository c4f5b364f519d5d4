package io.podsim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.metrics.GpuMeasure;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.metrics.TimeSeries;
import io.podsim.model.ResourceSchema;
import io.podsim.reports.Metric;
import io.podsim.reports.Metrics;
import io.podsim.reports.SeedStatistics;
import io.podsim.reports.SummaryFields;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The charts of a run, each as PNG and SVG: utilization over time per resource, pending and
 * running pods over time, the scheduling-latency CDF, unschedulable pods by reason and the headline
 * metrics side by side. Every profile keeps one colour in every chart.
 */
public final class RunCharts {
  /** Colours that stay apart in print and for colour-blind readers (Okabe–Ito). */
  private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66),
      Color.DARK_GRAY};
  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);

  private RunCharts() {}

  /** A chart written to disk: its file stem, title, and the PNG and SVG paths. */
  public record Written(String name, String title, Path png, Path svg) {}

  /** Draws every chart of the run into {@code dir} and returns them in display order. */
  public static List<Written> write(List<ProfileOutputs> profiles, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    charts.put("utilization", utilization(profiles));
    charts.put("pods", pods(profiles));
    // A CDF of latencies that are all zero, or bars of no unschedulable pod, would draw only an empty axis.
    if (profiles.stream().anyMatch(p -> Arrays.stream(p.latencies()).anyMatch(l -> l > 0))) {
      charts.put("latency-cdf", latencyCdf(profiles));
    }
    if (profiles.stream().anyMatch(p -> !Metrics.keys(p.summary(), Metrics.UNSCHEDULABLE_REASONS).isEmpty())) {
      charts.put("unschedulable", unschedulable(profiles));
    }
    if (profiles.stream().allMatch(p -> p.gpus() != null)) {
      charts.put("gpus", gpus(profiles.stream().map(ProfileOutputs::gpus).toList()));
    }
    if (profiles.stream().allMatch(p -> !p.nodeRows().isEmpty())) {
      charts.put("node-fullness", NodeCharts.distributionAtEnd(profiles));
      for (int i = 0; i < profiles.size(); i++) {
        charts.put("node-heatmap-" + profiles.get(i).profile(), NodeCharts.heatmap(profiles.get(i)));
      }
    }
    String seed = seedNote(profiles);
    if (seed != null) {
      charts.values().forEach(chart -> chart.addSubtitle(new TextTitle(seed)));
    }
    charts.put("headline", headline(profiles));
    List<Written> written = new ArrayList<>();
    for (var entry : charts.entrySet()) {
      written.add(save(entry.getValue(), dir, entry.getKey()));
    }
    return written;
  }

  /** With several seeds, which run the charts over time show; null with one seed. */
  private static String seedNote(List<ProfileOutputs> profiles) {
    JsonNode seeds = profiles.get(0).summary().path(SummaryFields.SEEDS);
    if (seeds.size() < 2) {
      return null;
    }
    return "the run of seed " + seeds.get(0).asLong() + ", the first of " + seeds.size()
        + " seeds (the comparison table holds their means)";
  }

  /** Writes the chart as {@code dir/name.png} and {@code dir/name.svg}, byte-identical for the same chart. */
  public static Written save(JFreeChart chart, Path dir, String name) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    chart.getTitle().setFont(TITLE);
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    int height = chart.getPlot() instanceof CombinedDomainXYPlot combined
        ? 120 + 190 * combined.getSubplots().size() : HEIGHT;
    ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, height);
    SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
    // The default prefix of SVG element ids is a clock reading; a fixed one keeps outputs reproducible.
    graphics.setDefsKeyPrefix(name + "-");
    chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
    Files.writeString(svg, graphics.getSVGDocument(), StandardCharsets.UTF_8);
    return new Written(name, chart.getTitle().getText(), png, svg);
  }

  /** A line chart with one coloured line per series: name → {x values, y values}. */
  public static JFreeChart lines(String title, String xLabel, String yLabel, Map<String, double[][]> series) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (var entry : series.entrySet()) {
      XYSeries line = new XYSeries(entry.getKey(), false, true);
      double[] xs = entry.getValue()[0];
      double[] ys = entry.getValue()[1];
      for (int i = 0; i < xs.length; i++) {
        line.add(xs[i], ys[i]);
      }
      data.addSeries(line);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    colour(renderer, series.size());
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(true);
    return chart(title, new XYPlot(data, new NumberAxis(xLabel), y, renderer));
  }

  private static JFreeChart utilization(List<ProfileOutputs> profiles) {
    NumberAxis time = new NumberAxis("simulated time (hours)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    for (String column : profiles.get(0).columns()) {
      if (column.startsWith(MetricsRecorder.UTILIZATION_PREFIX)
          && !column.equals(MetricsRecorder.UTILIZATION_PREFIX + ResourceSchema.PODS)) {
        String resource = column.substring(5);
        String label = resource.equals("ephemeral-storage") ? "disk" : resource;
        plot.add(linePlot(profiles, column, label + " (%)", 100, time), 1);
      }
    }
    return chart("Requested share of allocatable over time", plot);
  }

  private static JFreeChart pods(List<ProfileOutputs> profiles) {
    return stackedOverTime("Pods and nodes over time", profiles, new Line(MetricsRecorder.PENDING, "pending pods"),
        new Line(MetricsRecorder.RUNNING, "running pods"), new Line(MetricsRecorder.NODES_IN_USE_COLUMN, "nodes in use"));
  }

  private static JFreeChart gpus(List<ProfileOutputs> gpuTables) {
    return stackedOverTime("GPU allocation and fragmentation over time", gpuTables,
        new Line(GpuMeasure.ALLOCATED_PCT.column(), "GPUs allocated (%)"),
        new Line(GpuMeasure.FRAGMENT_PCT.column(), "GPU fragment (% of GPUs)"),
        new Line(GpuMeasure.GPUS_IN_USE.column(), "GPUs in use"));
  }

  /** A column of the tables drawn unscaled, with its axis label. */
  private record Line(String column, String label) {}

  /** One plot per line, stacked over a shared simulated-time axis. */
  private static JFreeChart stackedOverTime(String title, List<ProfileOutputs> tables, Line... lines) {
    NumberAxis time = new NumberAxis("simulated time (hours)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    for (Line line : lines) {
      plot.add(linePlot(tables, line.column(), line.label(), 1, time), 1);
    }
    return chart(title, plot);
  }

  private static XYPlot linePlot(List<ProfileOutputs> profiles, String column, String label, double scale,
      NumberAxis time) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (ProfileOutputs p : profiles) {
      XYSeries series = new XYSeries(p.profile(), false, true);
      double[] times = p.column(TimeSeries.TIME);
      double[] values = p.column(column);
      for (int i = 0; values != null && i < values.length; i++) {
        series.add(times[i] / 3600, values[i] * scale);
      }
      data.addSeries(series);
    }
    XYStepRenderer renderer = new XYStepRenderer();
    colour(renderer, profiles.size());
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(true);
    return new XYPlot(data, time, axis, renderer);
  }

  private static JFreeChart latencyCdf(List<ProfileOutputs> profiles) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (ProfileOutputs p : profiles) {
      XYSeries series = new XYSeries(p.profile(), false, true);
      double[] latencies = p.latencies();
      for (int i = 0; i < latencies.length; i++) {
        // A log axis cannot show 0: pods bound at once are drawn at 1 ms.
        series.add(Math.max(latencies[i], 0.001), (i + 1) / (double) latencies.length);
      }
      data.addSeries(series);
    }
    LogAxis x = new LogAxis("scheduling latency (s, log scale; 0 drawn at 1 ms)");
    x.setSmallestValue(0.001);
    x.setNumberFormatOverride(new DecimalFormat("0.###"));
    // Most pods often bind at once: start the axis just below the smallest share bound at once.
    double boundAtOnce = profiles.stream().filter(p -> p.latencies().length > 0)
        .mapToDouble(p -> Arrays.stream(p.latencies()).filter(l -> l == 0).count() / (double) p.latencies().length)
        .min().orElse(0);
    double lower = Math.max(0, Math.floor((boundAtOnce - 0.005) * 100) / 100);
    NumberAxis y = new NumberAxis(lower > 0 ? "share of bound pods (axis starts at " + lower + ")" : "share of bound pods");
    y.setRange(lower, 1.0);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    colour(renderer, profiles.size());
    return chart("Scheduling latency CDF", new XYPlot(data, x, y, renderer));
  }

  private static JFreeChart unschedulable(List<ProfileOutputs> profiles) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ProfileOutputs p : profiles) {
      for (String reason : Metrics.keys(p.summary(), Metrics.UNSCHEDULABLE_REASONS)) {
        data.addValue(Metrics.unschedulableReason(reason).value(p.summary()), p.profile(), shorten(reason));
      }
    }
    return bars("Unschedulable pods at the end, by reason", "reason", "pods", data, profiles.size());
  }

  /** Mean utilization per resource; across seeds, whiskers show the 95 % interval. */
  private static JFreeChart headline(List<ProfileOutputs> profiles) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    boolean intervals = false;
    for (ProfileOutputs p : profiles) {
      for (String resource : Metrics.keys(p.summary(), Metrics.UTILIZATION)) {
        if (!resource.equals(ResourceSchema.PODS)) {
          Metric mean = Metrics.utilizationMean(resource);
          double half = SeedStatistics.halfWidth(p.summary(), mean);
          half = Double.isNaN(half) ? 0 : half;
          intervals |= half > 0;
          String label = resource.equals(MetricsRecorder.NODES_IN_USE) ? "nodes in use" : resource;
          data.add(100 * mean.value(p.summary()), 100 * half, p.profile(), label);
        }
      }
    }
    JFreeChart chart = bars(intervals ? "Mean utilization by profile (whiskers: 95% interval over seeds)"
        : "Mean utilization by profile", "resource", "mean requested share (%)", data, profiles.size());
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.BLACK);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    for (int i = 0; i < profiles.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    chart.getCategoryPlot().setRenderer(renderer);
    return chart;
  }

  static JFreeChart bars(String title, String categoryLabel, String valueLabel, CategoryDataset data,
      int profiles) {
    JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
        PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    for (int i = 0; i < profiles; i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static JFreeChart chart(String title, Plot plot) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    if (plot instanceof CombinedDomainXYPlot combined) {
      List<XYPlot> subplots = combined.getSubplots();
      subplots.forEach(RunCharts::style);
      // Every subplot shows the same profiles: list them in the legend once.
      for (int i = 1; i < subplots.size(); i++) {
        subplots.get(i).getRenderer().setDefaultSeriesVisibleInLegend(false);
      }
    } else if (plot instanceof XYPlot xy) {
      style(xy);
    }
    return chart;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
  }

  private static void colour(XYLineAndShapeRenderer renderer, int profiles) {
    for (int i = 0; i < profiles; i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
  }

  private static String shorten(String reason) {
    return reason.length() <= 40 ? reason : reason.substring(0, 37) + "...";
  }
}
