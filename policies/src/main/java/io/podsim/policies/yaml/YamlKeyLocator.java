package io.podsim.policies.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds where a key sits in a YAML file. Jackson binds records only after reading a whole
 * mapping, so its error location for an unknown key points at the mapping's end; this re-reads the
 * file as a token stream to point at the key itself.
 */
final class YamlKeyLocator {
  private YamlKeyLocator() {}

  /** The location of the key at {@code path} (field names and list indexes), if present. */
  static Optional<JsonLocation> find(Path file, List<Reference> path) {
    return find(file, path, false);
  }

  /** The location of the value of the key at {@code path}, if present. */
  static Optional<JsonLocation> findValue(Path file, List<Reference> path) {
    return find(file, path, true);
  }

  private static Optional<JsonLocation> find(Path file, List<Reference> path, boolean value) {
    String wanted = path.stream()
        .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : r.getIndex()))
        .collect(Collectors.joining());
    try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().toString().equals(wanted)) {
          if (value) {
            parser.nextToken();
          }
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
