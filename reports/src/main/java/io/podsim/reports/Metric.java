package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * One metric, declared once in {@link Metrics}: its place in {@code summary.json} (the keys from
 * the root; a key may hold dots, as {@code nvidia.com/gpu} does), a label, its unit, which direction
 * is better and how it aggregates across seeds. Every reader (tables, compare rules, charts, seed
 * statistics, the report) goes through it.
 */
public record Metric(List<String> keys, String label, Unit unit, Better better, AcrossSeeds acrossSeeds) {
  /** How a value is shown. */
  public enum Unit {
    COUNT,
    /** A share from 0 to 1, shown as a percentage. */
    FRACTION,
    /** Already a percentage (0 to 100). */
    PERCENT,
    SECONDS,
    /** Shown in MiB. */
    BYTES,
    /** A multiple, such as pods/s over kube-scheduler's threshold. */
    RATIO
  }

  /** Which way a metric improves; {@link #NEITHER} for figures that describe a run without ranking it. */
  public enum Better {
    HIGHER,
    LOWER,
    NEITHER
  }

  /** How a profile's runs on several seeds fold into its summary. */
  public enum AcrossSeeds {
    /** The mean over seeds, with its standard deviation and 95 % interval under {@code statistics}. */
    MEAN_WITH_INTERVAL,
    /** The mean over seeds alone. */
    MEAN
  }

  public Metric {
    keys = List.copyOf(keys);
  }

  /** The dotted path, as compare rules and {@code statistics} name it. */
  public String path() {
    return String.join(".", keys);
  }

  /** The metric's value in a summary, or NaN when the summary lacks it. */
  public double value(JsonNode summary) {
    JsonNode node = node(summary);
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  /** The node at the metric's keys; missing when the summary lacks it. */
  public JsonNode node(JsonNode summary) {
    JsonNode node = summary;
    for (String key : keys) {
      node = node.path(key);
    }
    return node;
  }

  /** The value as tables show it. */
  public String format(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (unit) {
      case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
      case FRACTION -> String.format(Locale.ROOT, "%.1f%%", v * 100);
      case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v);
      case SECONDS -> String.format(Locale.ROOT, "%.3fs", v);
      case BYTES -> String.format(Locale.ROOT, "%,.0f MiB", v / (1 << 20));
      case RATIO -> String.format(Locale.ROOT, "%,.1f×", v);
    };
  }
}
