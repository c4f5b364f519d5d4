package io.podsim.workloads.trace;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.podsim.model.InputError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a CSV file ({@code .gz} decompressed on the fly) one record at a time (Jackson CSV),
 * checking every record has the expected width and remembering the line each starts on, so errors
 * can name file and line. Columns come from a header row or, for headerless published traces, from
 * the schema the reader knows. In skipping mode a malformed record is counted by reason instead of
 * stopping the run.
 */
public final class CsvRows implements RecordSource {
  private final Path file;
  private final CsvParser parser;
  private final Map<String, Integer> columns = new HashMap<>();
  private final int width;
  private final String widthSource;
  private RowSkips skips;
  private long line;

  /** Opens the file and reads its header; {@code known} lists the accepted columns, {@code required} the needed ones. */
  public CsvRows(Path file, List<String> known, List<String> required) {
    this.file = file;
    this.parser = open(file);
    this.widthSource = "as in the header";
    String[] header = read();
    if (header == null) {
      throw new InputError(file + ": empty trace; expected a header row such as " + String.join(",", known));
    }
    width = header.length;
    for (int i = 0; i < header.length; i++) {
      if (!header[i].matches("[A-Za-z_][A-Za-z0-9_.]{0,63}")) {
        throw error("the first line is no header of column names (such as " + String.join(", ",
            known.subList(0, Math.min(3, known.size()))) + "); is this a trace of the format named?");
      }
      if (!known.contains(header[i])) {
        throw error("unknown column '" + header[i] + "'; known columns: " + String.join(", ", known));
      }
      if (columns.put(header[i], i) != null) {
        throw error("column '" + header[i] + "' appears twice");
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw error("missing required column '" + column + "'");
      }
    }
  }

  private CsvRows(Path file, List<String> schema) {
    this.file = file;
    this.parser = open(file);
    this.widthSource = "of the published schema (" + String.join(",", schema) + ")";
    width = schema.size();
    for (int i = 0; i < width; i++) {
      columns.put(schema.get(i), i);
    }
  }

  /** Opens a file without a header row whose records hold {@code schema}'s columns in that order. */
  public static CsvRows headerless(Path file, List<String> schema) {
    return new CsvRows(file, schema);
  }

  /** From now on, malformed records are counted in {@code skips} by reason and passed over. */
  public CsvRows skippingBadRows(RowSkips skips) {
    this.skips = skips;
    return this;
  }

  /** The file's bytes, decompressed when its name ends in {@code .gz}. */
  static InputStream inputStream(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such trace file");
    }
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      return file.getFileName().toString().endsWith(".gz") ? new WholeGzipInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
  }

  private static CsvParser open(Path file) {
    InputStream in = inputStream(file);
    try {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      mapper.enable(CsvParser.Feature.TRIM_SPACES);
      CsvParser parser = mapper.getFactory().createParser(in);
      parser.nextToken(); // WRAP_AS_ARRAY wraps the file in one outer array of rows
      return parser;
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The next record, or null at the end; a record of the wrong width is an error. */
  public Row next() {
    String[] fields = read();
    return fields == null ? null : row(fields);
  }

  private Row row(String[] fields) {
    if (fields.length != width) {
      throw error("expected " + width + " fields " + widthSource + ", found " + fields.length);
    }
    return new Row(fields);
  }

  @Override
  public <T> T next(Function<TraceRecord, T> convert) {
    while (true) {
      String[] fields = read();
      if (fields == null) {
        return null;
      }
      if (fields.length != width && skips != null) {
        skips.count("malformed: wrong number of fields");
        continue;
      }
      Row row = row(fields);
      T value = RowSkips.convert(() -> convert.apply(row), skips, location());
      if (value != null) {
        return value;
      }
    }
  }


  /** One record, read by column name. */
  public final class Row implements TraceRecord {
    private final String[] fields;

    private Row(String[] fields) {
      this.fields = fields;
    }

    @Override
    public String get(String column) {
      Integer index = columns.get(column);
      return index == null ? "" : fields[index];
    }
  }

  @Override
  public String location() {
    return file + ":" + line;
  }

  /** An error about the record read last. */
  public InputError error(String message) {
    return new InputError(location() + ": " + message);
  }

  private String[] read() {
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (fields.isEmpty()) {
          line = parser.currentTokenLocation().getLineNr();
        }
        fields.add(parser.getText());
      }
      return fields.toArray(String[]::new);
    } catch (IOException e) {
      throw new InputError(location() + ": malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
