package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads outputs with the wall-clock fields (names containing wall or PerSecond) removed. */
final class WallClockFields {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WallClockFields() {}

  /** Every file under {@code dir} by relative path; JSON files without their wall-clock fields. */
  static Map<String, String> contents(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Map<String, String> contents = new TreeMap<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.toString();
        String content = name.endsWith(".png") ? Base64.getEncoder().encodeToString(Files.readAllBytes(file))
            : Files.readString(file);
        contents.put(dir.relativize(file).toString(), name.endsWith(".json") ? withoutWallClock(content) : content);
      }
      return contents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON document with every wall-clock field removed, re-indented. */
  static String withoutWallClock(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      strip(tree);
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      names.stream().filter(n -> n.contains("wall") || n.contains("Wall") || n.contains("PerSecond"))
          .forEach(object::remove);
    }
    node.forEach(WallClockFields::strip);
  }
}
