package io.podsim.reports;

import java.math.BigDecimal;

/** Number formatting shared by the writers, stable across platforms and runs. */
final class Numbers {
  private Numbers() {}

  /** Microseconds as seconds with no rounding ({@code 1.5}, {@code 0.000001}); empty for -1. */
  static String seconds(long micros) {
    return micros < 0 ? "" : BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
  }

  /** A double in the shortest form that reads back exactly; whole numbers without a fraction. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
