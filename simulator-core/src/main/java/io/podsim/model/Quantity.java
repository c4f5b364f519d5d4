package io.podsim.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Kubernetes resource quantities ({@code 500m}, {@code 2}, {@code 64Gi}, {@code 1.5T},
 * {@code 1e3}) the way the API server does: fractions round up to the next whole unit.
 */
public final class Quantity {
  private static final Pattern SYNTAX =
      Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?");
  private static final Map<String, BigDecimal> SUFFIXES =
      Map.ofEntries(
          Map.entry("m", new BigDecimal("0.001")),
          Map.entry("k", BigDecimal.TEN.pow(3)),
          Map.entry("M", BigDecimal.TEN.pow(6)),
          Map.entry("G", BigDecimal.TEN.pow(9)),
          Map.entry("T", BigDecimal.TEN.pow(12)),
          Map.entry("P", BigDecimal.TEN.pow(15)),
          Map.entry("E", BigDecimal.TEN.pow(18)),
          Map.entry("Ki", BigDecimal.valueOf(2).pow(10)),
          Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
          Map.entry("Gi", BigDecimal.valueOf(2).pow(30)),
          Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
          Map.entry("Pi", BigDecimal.valueOf(2).pow(50)),
          Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** The largest decimal exponent a quantity may have (Kubernetes' own quantities stop at 10^18). */
  private static final int MAX_EXPONENT = 40;

  private Quantity() {}

  /** The exact decimal value of a quantity, in base units (cores, bytes, devices). */
  public static BigDecimal parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.startsWith("-")) {
      throw new InputError("quantity '" + trimmed + "' is negative; expected a value >= 0");
    }
    Matcher m = SYNTAX.matcher(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
    if (!m.matches()) {
      throw new InputError(
          "invalid quantity '" + trimmed + "'; expected a number with an optional suffix"
              + " (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei), such as 500m, 2, 64Gi or 1.5T");
    }
    BigDecimal number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
    if (m.group(2) != null) {
      return scaled(number, m.group(2).substring(1), trimmed);
    }
    return m.group(3) == null ? number : number.multiply(SUFFIXES.get(m.group(3)));
  }

  /**
   * The number times ten to the exponent, judged by the magnitude of the result rather than the
   * exponent alone: above 10^{@value #MAX_EXPONENT} no base-unit amount fits in 64 bits; below its
   * negative the value is far smaller than a nano-unit and rounds up like any fraction, so it is
   * clamped there instead of expanded digit by digit.
   */
  private static BigDecimal scaled(BigDecimal number, String exponent, String text) {
    if (number.signum() == 0) {
      return BigDecimal.ZERO;
    }
    boolean negative = exponent.startsWith("-");
    String digits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
    long magnitudeOfNumber = number.precision() - number.scale() - 1L;
    if (digits.length() > 9) {
      if (negative) {
        return BigDecimal.ONE.scaleByPowerOfTen(-MAX_EXPONENT - 1);
      }
      throw new InputError("quantity '" + text + "' is too large");
    }
    long power = negative ? -Long.parseLong(digits) : Long.parseLong(digits);
    long magnitude = magnitudeOfNumber + power;
    if (magnitude > MAX_EXPONENT) {
      throw new InputError("quantity '" + text + "' is too large");
    }
    if (magnitude < -MAX_EXPONENT) {
      return BigDecimal.ONE.scaleByPowerOfTen(-MAX_EXPONENT - 1);
    }
    return number.scaleByPowerOfTen((int) power);
  }

  /** The quantity in thousandths of its unit, rounded up (CPU in millicores). */
  public static long parseMilli(String text) {
    return toLong(parse(text).movePointRight(3), text);
  }

  /** The quantity in whole units, rounded up (memory and disk in bytes). */
  public static long parseUnits(String text) {
    return toLong(parse(text), text);
  }

  /** The quantity in whole units; a fraction is an error (extended resources such as GPUs). */
  public static long parseWhole(String text) {
    BigDecimal value = parse(text);
    if (value.stripTrailingZeros().scale() > 0) {
      throw new InputError("quantity '" + text.trim() + "' must be a whole number of units");
    }
    return toLong(value, text);
  }

  private static long toLong(BigDecimal value, String text) {
    BigDecimal rounded = value.setScale(0, RoundingMode.CEILING);
    if (rounded.compareTo(LONG_MAX) > 0) {
      throw new InputError("quantity '" + text.trim() + "' is too large");
    }
    return rounded.longValueExact();
  }
}
