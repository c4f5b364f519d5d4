package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.SimTime;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * podsim's own CSV trace: a header row naming the columns, then one pod per row, sorted by
 * arrival. Columns: {@code name} and {@code arrival} (required), {@code duration}, {@code cpu},
 * {@code memory}, {@code disk} (ephemeral storage), {@code priority}, {@code namespace},
 * {@code labels} ({@code key=value;key=value}), {@code owner} (the workload that recreates the pod if it
 * is evicted), {@code priorityClassName}, {@code nodeSelector} ({@code key=value;...}),
 * {@code datasets} and {@code images} ({@code a;b}). Times are seconds or durations such as {@code 90s};
 * an empty duration runs to the end; empty quantities are zero. Read as a stream, row by row.
 */
public final class CsvTraceReader implements PodStream {
  static final List<String> COLUMNS =
      List.of("name", "arrival", "duration", "cpu", "memory", "disk", "priority", "namespace", "labels", "owner",
          "priorityClassName", "nodeSelector", "datasets", "images");
  private static final List<String> REQUIRED = List.of("name", "arrival");

  private final PodContext context;
  private final CsvRows rows;
  private long previousArrival;

  public CsvTraceReader(TraceInput input) {
    this.context = input.context();
    this.rows = input.rows(input.table("trace"), COLUMNS, REQUIRED);
  }

  @Override
  public PodSpec next() {
    return rows.next(this::toPod);
  }

  private PodSpec toPod(TraceRecord row) {
    String name = row.required("name");
    long arrival = time(row, "arrival");
    if (arrival < previousArrival) {
      throw new InputError("arrival " + SimTime.seconds(arrival) + "s is earlier than the previous row's "
          + SimTime.seconds(previousArrival) + "s; sort the trace by arrival");
    }
    previousArrival = arrival;
    String duration = row.get("duration");
    Map<String, String> requests = new LinkedHashMap<>();
    putIfPresent(requests, ResourceSchema.CPU, row.get("cpu"));
    putIfPresent(requests, ResourceSchema.MEMORY, row.get("memory"));
    putIfPresent(requests, ResourceSchema.EPHEMERAL_STORAGE, row.get("disk"));
    Resources resources = Resources.parse(context.schema(), requests);
    String namespace = row.get("namespace");
    String owner = row.get("owner");
    String className = row.get("priorityClassName");
    PriorityClasses.Resolved priority = context.priorityClasses().resolve(priority(row.get("priority")),
        className.isEmpty() ? null : className, null, "row");
    Placement placement = context.placement(null, pairs(row.get("nodeSelector"), "nodeSelector"), null, null, null,
        null, list(row.get("datasets")), "row");
    return new PodSpec(name, namespace.isEmpty() ? null : namespace, resources,
        pairs(row.get("labels"), "labels"), priority.priority(), arrival,
        duration.isEmpty() ? PodSpec.NO_DURATION : time(row, "duration"), List.of(), placement, priority.preempts(),
        owner.isEmpty() ? null : owner, list(row.get("images")));
  }

  private static long time(TraceRecord row, String column) {
    try {
      return SimTime.parse(row.get(column));
    } catch (InputError e) {
      throw e.at(column);
    }
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static Integer priority(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InputError("priority: expected a whole number, found '" + InputError.excerpt(text) + "'");
    }
  }

  private static Map<String, String> pairs(String text, String column) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.isEmpty() ? new String[0] : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new InputError(column + ": expected key=value pairs separated by ';', found '" + InputError.excerpt(pair) + "'");
      }
      pairs.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return pairs;
  }

  private static List<String> list(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split(";"));
  }

  @Override
  public void close() {
    rows.close();
  }
}
