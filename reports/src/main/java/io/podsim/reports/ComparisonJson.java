package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code comparison.json}: every profile's summary side by side, in scenario order, and
 * with several seeds the paired differences between profiles.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  public static void write(List<JsonNode> summaries, Path file, ArrayNode paired) throws IOException {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("schemaVersion", SummaryJson.SCHEMA_VERSION);
    root.put("scenario", summaries.isEmpty() ? "" : summaries.get(0).path("scenario").asText());
    JsonNode first = summaries.isEmpty() ? null : summaries.get(0);
    if (first != null && first.has("seeds")) {
      root.set("seeds", first.get("seeds"));
    } else {
      root.put("seed", first == null ? 0 : first.path("seed").asLong());
    }
    ArrayNode profiles = root.putArray("profiles");
    summaries.forEach(profiles::add);
    if (paired != null) {
      root.set("paired", paired);
    }
    SummaryJson.JSON.writeValue(file.toFile(), root);
  }
}
