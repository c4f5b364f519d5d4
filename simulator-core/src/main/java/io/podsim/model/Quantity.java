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
      return number.scaleByPowerOfTen(exponent(m.group(2).substring(1), trimmed));
    }
    return m.group(3) == null ? number : number.multiply(SUFFIXES.get(m.group(3)));
  }

  /**
   * A decimal exponent within what a quantity can hold: above {@link #MAX_EXPONENT} no base-unit
   * amount fits in 64 bits; below its negative the value is smaller than a nano-unit and rounds up
   * like any fraction, so it is clamped there instead of expanded digit by digit.
   */
  private static int exponent(String digits, String text) {
    String unsigned = digits.startsWith("+") || digits.startsWith("-") ? digits.substring(1) : digits;
    boolean negative = digits.startsWith("-");
    String significant = unsigned.replaceFirst("^0+(?=.)", "");
    boolean huge = significant.length() > 3 || Integer.parseInt(significant) > MAX_EXPONENT;
    if (huge && !negative) {
      throw new InputError("quantity '" + text + "' is too large");
    }
    return huge ? -MAX_EXPONENT : negative ? -Integer.parseInt(significant) : Integer.parseInt(significant);
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
