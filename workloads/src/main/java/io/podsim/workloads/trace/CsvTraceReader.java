package io.podsim.workloads.trace;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.podsim.model.InputError;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.model.Resources;
import io.podsim.model.SimTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

  private final Path file;
  private final PodContext context;
  private final CsvParser rows;
  private long rowLine;
  private final Map<String, Integer> columnIndex = new HashMap<>();
  private final int width;
  private long previousArrival;

  public CsvTraceReader(Path file, PodContext context) {
    this.file = file;
    this.context = context;
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such trace file");
    }
    try {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      mapper.enable(CsvParser.Feature.TRIM_SPACES);
      rows = mapper.getFactory().createParser(file.toFile());
      rows.nextToken(); // WRAP_AS_ARRAY wraps the file in one outer array of rows
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
    String[] header = nextRow();
    if (header == null) {
      throw new InputError(file + ": empty trace; expected a header row such as " + String.join(",", COLUMNS));
    }
    width = header.length;
    readHeader(header);
  }

  private void readHeader(String[] header) {
    for (int i = 0; i < header.length; i++) {
      String column = header[i];
      if (!COLUMNS.contains(column)) {
        throw error("unknown column '" + column + "'; known columns: " + String.join(", ", COLUMNS));
      }
      if (columnIndex.put(column, i) != null) {
        throw error("column '" + column + "' appears twice");
      }
    }
    for (String column : REQUIRED) {
      if (!columnIndex.containsKey(column)) {
        throw error("missing required column '" + column + "'");
      }
    }
  }

  @Override
  public PodSpec next() {
    String[] row = nextRow();
    if (row == null) {
      return null;
    }
    if (row.length != width) {
      throw error("expected " + width + " fields as in the header, found " + row.length);
    }
    try {
      return toPod(row);
    } catch (InputError e) {
      throw e.at(location());
    }
  }

  private PodSpec toPod(String[] row) {
    String name = field(row, "name");
    if (name.isEmpty()) {
      throw new InputError("name: required");
    }
    long arrival = time(row, "arrival");
    if (arrival < previousArrival) {
      throw new InputError("arrival " + SimTime.seconds(arrival) + "s is earlier than the previous row's "
          + SimTime.seconds(previousArrival) + "s; sort the trace by arrival");
    }
    previousArrival = arrival;
    String duration = field(row, "duration");
    Map<String, String> requests = new LinkedHashMap<>();
    putIfPresent(requests, ResourceSchema.CPU, field(row, "cpu"));
    putIfPresent(requests, ResourceSchema.MEMORY, field(row, "memory"));
    putIfPresent(requests, ResourceSchema.EPHEMERAL_STORAGE, field(row, "disk"));
    Resources resources = Resources.parse(context.schema(), requests);
    String namespace = field(row, "namespace");
    String owner = field(row, "owner");
    String className = field(row, "priorityClassName");
    PriorityClasses.Resolved priority = context.priorityClasses().resolve(priority(field(row, "priority")),
        className.isEmpty() ? null : className, null, "row");
    Placement placement = context.placement(null, pairs(field(row, "nodeSelector"), "nodeSelector"), null, null, null,
        null, list(field(row, "datasets")), "row");
    return new PodSpec(name, namespace.isEmpty() ? null : namespace, resources,
        pairs(field(row, "labels"), "labels"), priority.priority(), arrival,
        duration.isEmpty() ? PodSpec.NO_DURATION : time(row, "duration"), List.of(), placement, priority.preempts(),
        owner.isEmpty() ? null : owner, list(field(row, "images")));
  }

  private long time(String[] row, String column) {
    try {
      return SimTime.parse(field(row, column));
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
      throw new InputError("priority: expected a whole number, found '" + text + "'");
    }
  }

  private static Map<String, String> pairs(String text, String column) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.isEmpty() ? new String[0] : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new InputError(column + ": expected key=value pairs separated by ';', found '" + pair + "'");
      }
      pairs.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return pairs;
  }

  private static List<String> list(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split(";"));
  }

  private String field(String[] row, String column) {
    Integer index = columnIndex.get(column);
    return index == null ? "" : row[index];
  }

  /** The next row's fields, or null at the end; remembers the line the row starts on. */
  private String[] nextRow() {
    try {
      if (rows.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> fields = new ArrayList<>(width);
      while (rows.nextToken() != JsonToken.END_ARRAY) {
        if (fields.isEmpty()) {
          rowLine = rows.currentTokenLocation().getLineNr();
        }
        fields.add(rows.getText());
      }
      return fields.toArray(String[]::new);
    } catch (IOException e) {
      throw new InputError(location() + ": malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (UncheckedIOException e) {
      throw new InputError(location() + ": cannot read: " + e.getMessage());
    }
  }

  private String location() {
    return file + ":" + rowLine;
  }

  private InputError error(String message) {
    return new InputError(location() + ": " + message);
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
