package io.podsim.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Simulated time: a long count of microseconds, parsed from {@code 250ms}, {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}. */
public final class SimTime {
  /** Microseconds in one second. */
  public static final long SECOND = 1_000_000L;

  private static final Pattern SYNTAX = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(us|ms|s|m|h|d)?");
  private static final Map<String, Long> UNITS =
      Map.of("us", 1L, "ms", 1_000L, "s", SECOND, "m", 60 * SECOND, "h", 3600 * SECOND, "d", 86_400 * SECOND);

  private SimTime() {}

  /** Parses a duration; a plain number means seconds. */
  public static long parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    Matcher m = SYNTAX.matcher(trimmed);
    if (!m.matches()) {
      throw new InputError(
          "invalid duration '" + trimmed + "'; expected a number >= 0 with an optional unit"
              + " (us, ms, s, m, h, d), such as 90s, 5m, 2h or 1.5");
    }
    long unit = UNITS.get(m.group(2) == null ? "s" : m.group(2));
    BigDecimal micros = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
    if (micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) > 0) {
      throw new InputError("duration '" + trimmed + "' is too long");
    }
    return micros.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /** A duration in the largest unit that holds it exactly ({@code 5s}, {@code 1m}, {@code 250ms}), as {@link #parse} reads it. */
  public static String format(long micros) {
    String[] units = {"d", "h", "m", "s", "ms"};
    for (String unit : units) {
      long size = UNITS.get(unit);
      if (micros != 0 && micros % size == 0) {
        return micros / size + unit;
      }
    }
    return micros == 0 ? "0s" : micros + "us";
  }

  /** Microseconds as seconds. */
  public static double seconds(long micros) {
    return micros / (double) SECOND;
  }
}
