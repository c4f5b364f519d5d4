package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Function;

/**
 * The rows of one query over an SQLite trace file (sqlite-jdbc), read one at a time; a field is
 * read by its column name, SQL NULL as "". Errors name the file, the table and the row number.
 */
public final class SqliteRows implements RecordSource {
  private final String where;
  private final Connection connection;
  private final Statement statement;
  private final ResultSet rows;
  private RowSkips skips;
  private long row;

  /** Runs {@code query} over {@code file}; {@code table} names the rows in messages. */
  public SqliteRows(Path file, String table, String query) {
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such trace file");
    }
    this.where = file + ": table " + table;
    try {
      Properties readOnly = new Properties();
      readOnly.setProperty("open_mode", "1");
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly);
      statement = connection.createStatement();
      statement.setFetchSize(10_000);
      rows = statement.executeQuery(query);
    } catch (SQLException e) {
      close();
      throw new InputError(where + ": cannot read: " + e.getMessage());
    }
  }

  /** From now on, malformed records are counted in {@code skips} by reason and passed over. */
  public SqliteRows skippingBadRows(RowSkips skips) {
    this.skips = skips;
    return this;
  }

  @Override
  public <T> T next(Function<TraceRecord, T> convert) {
    try {
      while (rows.next()) {
        row++;
        T value = RowSkips.convert(() -> convert.apply(this::field), skips, location());
        if (value != null) {
          return value;
        }
      }
      return null;
    } catch (SQLException e) {
      throw new InputError(location() + ": cannot read: " + e.getMessage());
    }
  }

  private String field(String column) {
    try {
      String value = rows.getString(column);
      return value == null ? "" : value.trim();
    } catch (SQLException e) {
      throw new InputError(column + ": no such column in the query's result");
    }
  }

  @Override
  public String location() {
    return where + " row " + row;
  }

  @Override
  public void close() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException e) {
      throw new InputError(where + ": cannot close: " + e.getMessage());
    }
  }
}
