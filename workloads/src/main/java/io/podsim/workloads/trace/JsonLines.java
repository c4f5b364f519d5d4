package io.podsim.workloads.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * A table exported as JSON lines (one object per line, as BigQuery exports it; {@code .gz}
 * decompressed on the fly). Nested objects are read as dotted columns ({@code resource_request.cpus});
 * arrays are not read.
 */
public final class JsonLines implements RecordSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final BufferedReader reader;
  private RowSkips skips;
  private long line;

  public JsonLines(Path file) {
    this.file = file;
    this.reader = new BufferedReader(new InputStreamReader(CsvRows.inputStream(file), StandardCharsets.UTF_8
        .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** From now on, malformed records are counted in {@code skips} by reason and passed over. */
  public JsonLines skippingBadRows(RowSkips skips) {
    this.skips = skips;
    return this;
  }

  @Override
  public <T> T next(Function<TraceRecord, T> convert) {
    for (String text = readLine(); text != null; text = readLine()) {
      if (text.isBlank()) {
        continue;
      }
      String line = text;
      T value = RowSkips.convert(() -> {
        Map<String, String> fields = new HashMap<>();
        flatten("", parse(line), fields);
        return convert.apply(column -> fields.getOrDefault(column, ""));
      }, skips, location());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        throw new InputError("expected one JSON object per line");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InputError("malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(name + ".", value, into);
      } else if (value.isValueNode() && !value.isNull()) {
        into.put(name, value.asText());
      }
    }
  }

  private String readLine() {
    try {
      String text = reader.readLine();
      if (text != null) {
        line++;
      }
      // A byte-order mark may open the file; JSON itself never holds one.
      return text != null && line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputError(file + ":" + (line + 1) + ": not UTF-8 text; expected one JSON object per line");
    } catch (IOException e) {
      throw new InputError(location() + ": cannot read: " + e.getMessage());
    }
  }

  @Override
  public String location() {
    return file + ":" + line;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
