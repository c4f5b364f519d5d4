package io.podsim.reports;

import io.podsim.reports.charts.ProfileOutputs;
import io.podsim.reports.charts.RunCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (charts embedded) with the scenario, the
 * comparison table with the best value per metric in bold, the charts and a reproducibility stamp.
 * It holds no wall-clock values, so it is byte-identical for the same inputs and seeds.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1000px;
      color:#222;padding:0 1rem}h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
      table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.25rem .7rem;border-bottom:1px solid #eee}
      th{text-align:left;background:#f6f6f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
      strong{color:#0a5}figure{margin:1.5rem 0}img{max-width:100%;border:1px solid #eee}
      .muted{color:#666;font-size:.9rem}code{font-size:.85rem}ul{margin:.3rem 0}""";

  private HtmlReport() {}

  public static void write(Path file, ReportContext context, List<ProfileOutputs> profiles,
      List<RunCharts.Written> charts) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>podsim report: ").append(escape(context.scenario())).append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n");
    html.append("<h1>").append(escape(context.scenario())).append("</h1>\n<p class=\"muted\">podsim ")
        .append(escape(context.version())).append(" · ").append(seeds(context.seeds())).append("</p>\n");
    scenario(html, context);
    comparison(html, profiles);
    html.append("<h2>Charts</h2>\n");
    for (RunCharts.Written chart : charts) {
      String data = Base64.getEncoder().encodeToString(Files.readAllBytes(chart.png()));
      html.append("<figure><img alt=\"").append(escape(chart.title())).append("\" src=\"data:image/png;base64,")
          .append(data).append("\"><figcaption class=\"muted\">").append(escape(chart.title()))
          .append(" (also <code>charts/").append(chart.name()).append(".svg</code>)</figcaption></figure>\n");
    }
    stamp(html, context);
    html.append("</body></html>\n");
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  private static void scenario(StringBuilder html, ReportContext context) {
    html.append("<h2>Scenario</h2>\n<p>Cluster:</p><ul>");
    context.nodeGroups().forEach(g -> html.append("<li>").append(escape(g)).append("</li>"));
    html.append("</ul>\n<p>Workload:</p><ul>");
    context.workload().forEach(w -> html.append("<li>").append(escape(w)).append("</li>"));
    html.append("</ul>\n<p>Profiles:</p><table><tr><th>profile</th><th>plugins</th></tr>");
    for (Map.Entry<String, List<String>> profile : context.profiles().entrySet()) {
      html.append("<tr><td>").append(escape(profile.getKey())).append("</td><td>");
      profile.getValue().forEach(line -> html.append(escape(line)).append("<br>"));
      html.append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static void comparison(StringBuilder html, List<ProfileOutputs> profiles) {
    html.append("<h2>Comparison</h2>\n<table><tr><th>metric</th>");
    profiles.forEach(p -> html.append("<th>").append(escape(p.profile())).append("</th>"));
    html.append("</tr>\n");
    for (Metric metric : Metrics.headline(profiles.get(0).summary())) {
      double[] values = profiles.stream().mapToDouble(p -> metric.value(p.summary())).toArray();
      double best = best(values, metric.better());
      boolean differ = metric.better() != Metric.Better.NEITHER && Arrays.stream(values).distinct().count() > 1;
      html.append("<tr><td>").append(escape(metric.label())).append("</td>");
      for (int i = 0; i < values.length; i++) {
        String cell = escape(ComparisonTable.cell(metric, profiles.get(i).summary()));
        boolean mark = differ && values[i] == best;
        html.append("<td class=\"num\">").append(mark ? "<strong>" + cell + "</strong>" : cell).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n<p class=\"muted\">Bold: the best value of a row where profiles differ and one")
        .append(" direction is better. With several seeds, ± is the half-width of the 95 % interval.</p>\n");
  }

  private static double best(double[] values, Metric.Better better) {
    boolean higher = better == Metric.Better.HIGHER;
    double best = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : values) {
      best = higher ? Math.max(best, v) : Math.min(best, v);
    }
    return best;
  }

  private static void stamp(StringBuilder html, ReportContext context) {
    html.append("<h2>Reproducibility</h2>\n<p>podsim ").append(escape(context.version())).append(", ")
        .append(seeds(context.seeds())).append(". Inputs (SHA-256):</p><ul>");
    context.inputHashes().forEach((path, hash) -> html.append("<li><code>").append(escape(hash)).append("</code> ")
        .append(escape(path)).append("</li>"));
    html.append("</ul>\n");
  }

  private static String seeds(List<Long> seeds) {
    return seeds.size() == 1 ? "seed " + seeds.get(0) : "seeds " + seeds;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
