package io.podsim.workloads.trace;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.podsim.model.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a CSV file with a header row one record at a time (Jackson CSV), checking every record has
 * the header's width and remembering the line each starts on, so errors can name file and line.
 */
public final class CsvRows implements AutoCloseable {
  private final Path file;
  private final CsvParser parser;
  private final Map<String, Integer> columns = new HashMap<>();
  private final int width;
  private long line;

  /** Opens the file and reads its header; {@code known} lists the accepted columns, {@code required} the needed ones. */
  public CsvRows(Path file, List<String> known, List<String> required) {
    this.file = file;
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such trace file");
    }
    try {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      mapper.enable(CsvParser.Feature.TRIM_SPACES);
      parser = mapper.getFactory().createParser(file.toFile());
      parser.nextToken(); // WRAP_AS_ARRAY wraps the file in one outer array of rows
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
    String[] header = read();
    if (header == null) {
      throw new InputError(file + ": empty trace; expected a header row such as " + String.join(",", known));
    }
    width = header.length;
    for (int i = 0; i < header.length; i++) {
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

  /** The next record, or null at the end; a record of the wrong width is an error. */
  public Row next() {
    String[] fields = read();
    if (fields == null) {
      return null;
    }
    if (fields.length != width) {
      throw error("expected " + width + " fields as in the header, found " + fields.length);
    }
    return new Row(fields);
  }

  /** The next record converted, or null at the end; a conversion error gets this record's file and line. */
  public <T> T next(Function<Row, T> convert) {
    Row row = next();
    if (row == null) {
      return null;
    }
    try {
      return convert.apply(row);
    } catch (InputError e) {
      throw e.at(location());
    }
  }

  /** One record, read by column name. */
  public final class Row {
    private final String[] fields;

    private Row(String[] fields) {
      this.fields = fields;
    }

    /** The field, or "" when the file has no such column. */
    public String get(String column) {
      Integer index = columns.get(column);
      return index == null ? "" : fields[index];
    }

    /** The field; an empty one is an error naming the column. */
    public String required(String column) {
      String text = get(column);
      if (text.isEmpty()) {
        throw new InputError(column + ": required");
      }
      return text;
    }

    /** The field as a whole number >= 0; anything else is an error naming the column. */
    public long wholeNumber(String column) {
      String text = get(column);
      try {
        long value = Long.parseLong(text);
        if (value < 0) {
          throw new InputError(column + ": expected a whole number >= 0, found " + value);
        }
        return value;
      } catch (NumberFormatException e) {
        throw new InputError(column + ": expected a whole number, found '" + text + "'");
      }
    }
  }

  /** {@code file:line} of the record read last. */
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
