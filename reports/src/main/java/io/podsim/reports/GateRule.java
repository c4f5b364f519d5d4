package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.model.InputError;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI gate rule such as {@code latency.scheduling.p99:+10%} (may rise by at most 10 %) or
 * {@code utilization.cpu.mean:-0.02} (may fall by at most 0.02): a metric path, the direction a
 * regression takes, and the allowed change, relative or absolute.
 */
public record GateRule(String path, boolean rise, double amount, boolean percent) {
  private static final Pattern SYNTAX = Pattern.compile("(.+):([+-])([0-9]+(?:\\.[0-9]+)?)(%?)");

  /** Parses {@code PATH:+N%}, {@code PATH:-N%}, {@code PATH:+N} or {@code PATH:-N}; the path must name a declared metric. */
  public static GateRule parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw new InputError("--fail-on '" + text + "': expected METRIC:+N%, METRIC:-N%, METRIC:+N or METRIC:-N,"
          + " such as latency.scheduling.p99:+10% or utilization.cpu.mean:-0.02");
    }
    Metrics.requireDeclared(m.group(1), "--fail-on '" + text + "'");
    return new GateRule(m.group(1), m.group(2).equals("+"), Double.parseDouble(m.group(3)), !m.group(4).isEmpty());
  }

  /** The rule as it is written on the command line. */
  public String text() {
    return path + ":" + (rise ? "+" : "-") + plain(amount) + (percent ? "%" : "");
  }

  /**
   * A readable reason when {@code current} regressed past this rule against {@code baseline}. A
   * relative allowance is a share of the baseline's value, so against a baseline of zero it allows
   * no change in the regressing direction at all: runs are deterministic, and any rise from zero is a
   * real one.
   */
  public Optional<String> check(String profile, JsonNode baseline, JsonNode current) {
    double before = value(baseline, profile + " (baseline)");
    double after = value(current, profile);
    double allowed = percent ? Math.abs(before) * amount / 100 : amount;
    double limit = rise ? before + allowed : before - allowed;
    boolean violated = rise ? after > limit + 1e-12 : after < limit - 1e-12;
    if (!violated) {
      return Optional.empty();
    }
    String change = before != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (after - before) / Math.abs(before) * 100)
        : percent ? " (from zero, where a relative allowance allows no change)" : "";
    return Optional.of(String.format(Locale.ROOT, "%s: %s %s from %s to %s%s, more than the allowed %s%s%s", profile,
        path, rise ? "rose" : "fell", plain(before), plain(after), change, rise ? "+" : "-", plain(amount),
        percent ? "%" : ""));
  }

  private double value(JsonNode summary, String where) {
    JsonNode node = SummaryPath.find(summary, path);
    if (node == null || !node.isNumber()) {
      throw new InputError("--fail-on " + path + ": " + where + " has no number at that path");
    }
    return node.asDouble();
  }

  /** Six significant digits, without trailing zeros. */
  private static String plain(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
