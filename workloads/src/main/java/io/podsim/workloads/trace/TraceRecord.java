package io.podsim.workloads.trace;

import io.podsim.model.InputError;

/** One record of a trace table, read by column name, with conversions whose errors name the column. */
public interface TraceRecord {
  /** The field, or "" when the record has no such column. */
  String get(String column);

  /** The field; an empty one is an error naming the column. */
  default String required(String column) {
    String text = get(column);
    if (text.isEmpty()) {
      throw new InputError(column + ": required");
    }
    return text;
  }

  /** The field as a decimal number; anything else is an error naming the column. */
  default double number(String column) {
    String text = get(column);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InputError(column + ": expected a number, found '" + InputError.excerpt(text) + "'");
    }
  }

  /** The field as a whole number, negative allowed; anything else is an error naming the column. */
  default long signedWholeNumber(String column) {
    String text = get(column);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InputError(column + ": expected a whole number, found '" + InputError.excerpt(text) + "'");
    }
  }

  /** The field as a whole number >= 0; anything else is an error naming the column. */
  default long wholeNumber(String column) {
    long value = signedWholeNumber(column);
    if (value < 0) {
      throw new InputError(column + ": expected a whole number >= 0, found " + value);
    }
    return value;
  }
}
