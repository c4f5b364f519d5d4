package io.podsim.workloads.manifests;

import io.podsim.model.InputError;
import io.podsim.workloads.scenario.PodLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The part of cron syntax a simulated day needs: minute and hour fields ({@code *}, {@code *}/n,
 * numbers, ranges and lists) with day of month, month and weekday left as {@code *}, plus
 * {@code @hourly}, {@code @daily} and {@code @midnight}. Simulated time 0 is midnight of day one.
 */
record CronSchedule(TreeSet<Integer> minutes, TreeSet<Integer> hours) {
  private static final long MINUTE = 60_000_000L;

  static CronSchedule parse(String text, String where) {
    String spec = switch (text == null ? "" : text.trim()) {
      case "@hourly" -> "0 * * * *";
      case "@daily", "@midnight" -> "0 0 * * *";
      default -> text == null ? "" : text.trim();
    };
    String[] fields = spec.split("\\s+");
    if (fields.length != 5 || !fields[2].equals("*") || !fields[3].equals("*") || !fields[4].equals("*")) {
      throw new InputError(where + ": '" + text + "': only minute and hour fields may be set (such as */15 * * * *"
          + " or 30 2 * * *), or @hourly, @daily");
    }
    return new CronSchedule(field(fields[0], 59, where), field(fields[1], 23, where));
  }

  private static TreeSet<Integer> field(String text, int max, String where) {
    TreeSet<Integer> values = new TreeSet<>();
    for (String part : text.split(",")) {
      try {
        if (part.equals("*")) {
          addRange(values, 0, max, 1);
        } else if (part.startsWith("*/")) {
          addRange(values, 0, max, Integer.parseInt(part.substring(2)));
        } else if (part.contains("-")) {
          String[] ends = part.split("-");
          addRange(values, Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), 1);
        } else {
          addRange(values, Integer.parseInt(part), Integer.parseInt(part), 1);
        }
      } catch (NumberFormatException e) {
        throw new InputError(where + ": '" + part + "' is not a cron field value");
      }
    }
    if (values.isEmpty() || values.first() < 0 || values.last() > max) {
      throw new InputError(where + ": '" + text + "' must lie within 0.." + max);
    }
    return values;
  }

  private static void addRange(TreeSet<Integer> values, int from, int to, int step) {
    for (int v = from; v <= to; v += Math.max(1, step)) {
      values.add(v);
    }
  }

  /** Every run time before the horizon, in microseconds. */
  List<Long> times(long horizon) {
    long perDay = (long) hours.size() * minutes.size();
    long days = horizon / (1440 * MINUTE) + 1;
    if (days > PodLimits.MAX_LISTED / Math.max(1, perDay)) {
      throw new InputError(String.format("runs about %,d times before the horizon, more than the limit of %,d",
          days * perDay, PodLimits.MAX_LISTED));
    }
    List<Long> times = new ArrayList<>();
    for (long day = 0; day * 1440 * MINUTE < horizon; day++) {
      for (int hour : hours) {
        for (int minute : minutes) {
          long t = ((day * 24 + hour) * 60 + minute) * MINUTE;
          if (t < horizon) {
            times.add(t);
          }
        }
      }
    }
    return times;
  }
}
