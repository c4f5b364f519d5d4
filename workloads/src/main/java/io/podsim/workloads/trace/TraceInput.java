package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a reader is given: the trace's path (one file, or a folder holding the format's files under
 * their published names), the scenario's context, the mapping choices, whether bad rows are
 * skipped, and where skipped rows are counted.
 */
public record TraceInput(Path path, PodContext context, TraceMapping mapping, boolean skipBadRows, RowSkips skips) {
  /** The format's default mapping, bad rows stopping the read. */
  public static TraceInput of(Path path, PodContext context, TraceFormat format) {
    return new TraceInput(path, context, TraceMapping.of(Map.of(), format.mappingDefaults(), "mapping"), false,
        new RowSkips());
  }

  /** The same input counting skipped rows in {@code other}. */
  public TraceInput withSkips(RowSkips other) {
    return new TraceInput(path, context, mapping, skipBadRows, other);
  }

  /** The same input with bad rows counted and skipped. */
  public TraceInput skippingBadRows() {
    return new TraceInput(path, context, mapping, true, skips);
  }

  public ResourceSchema schema() {
    return context.schema();
  }

  /** Opens a CSV file with a header row, skipping bad rows if the scenario says so. */
  public CsvRows rows(Path file, List<String> known, List<String> required) {
    return configured(new CsvRows(file, known, required));
  }

  /** Opens a headerless CSV file whose records hold {@code schema}'s columns, skipping bad rows if asked. */
  public CsvRows headerless(Path file, List<String> schema) {
    return configured(CsvRows.headerless(file, schema));
  }

  /** Opens a JSON-lines export, skipping bad rows if asked. */
  public JsonLines jsonLines(Path file) {
    JsonLines lines = new JsonLines(file);
    return skipBadRows ? lines.skippingBadRows(skips) : lines;
  }

  private CsvRows configured(CsvRows rows) {
    return skipBadRows ? rows.skippingBadRows(skips) : rows;
  }

  /**
   * The table a format publishes as {@code name}: the path itself when it is a file, else
   * {@code name.csv}, {@code name.csv.gz}, {@code name.json} or {@code name.json.gz} in the folder.
   */
  public Path table(String name) {
    if (!Files.isDirectory(path)) {
      return path;
    }
    for (String extension : List.of(".csv", ".csv.gz", ".json", ".json.gz")) {
      if (Files.isRegularFile(path.resolve(name + extension))) {
        return path.resolve(name + extension);
      }
    }
    throw new InputError(path + ": expected " + name + ".csv, .csv.gz, .json or .json.gz in this folder");
  }

  /** True when the path is a folder holding the table {@code name} (see {@link #table}). */
  public boolean hasTable(String name) {
    return Files.isDirectory(path) && List.of(".csv", ".csv.gz", ".json", ".json.gz").stream()
        .anyMatch(extension -> Files.isRegularFile(path.resolve(name + extension)));
  }

  /**
   * The part files of a table published in parts ({@code name/part-00000-of-00500.csv.gz}, ...), in
   * name order, which is time order; a file, or a single {@code name.csv[.gz]}, is one part.
   */
  public List<Path> parts(String name) {
    Path folder = Files.isDirectory(path.resolve(name)) ? path.resolve(name) : null;
    if (folder == null) {
      return List.of(table(name));
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().matches(".*\\.(csv|csv\\.gz|json|json\\.gz)"))
          .sorted().toList();
      if (parts.isEmpty()) {
        throw new InputError(folder + ": no .csv, .csv.gz, .json or .json.gz part files in this folder");
      }
      return parts;
    } catch (IOException e) {
      throw new InputError(folder + ": cannot list: " + e.getMessage());
    }
  }
}
