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
    root.put(SummaryFields.SCHEMA_VERSION, SummaryJson.SCHEMA_VERSION);
    root.put(SummaryFields.SCENARIO, summaries.isEmpty() ? "" : summaries.get(0).path(SummaryFields.SCENARIO).asText());
    JsonNode first = summaries.isEmpty() ? null : summaries.get(0);
    if (first != null && first.has(SummaryFields.SEEDS)) {
      root.set(SummaryFields.SEEDS, first.get(SummaryFields.SEEDS));
    } else {
      root.put(SummaryFields.SEED, first == null ? 0 : first.path(SummaryFields.SEED).asLong());
    }
    ArrayNode profiles = root.putArray(SummaryFields.PROFILES);
    summaries.forEach(profiles::add);
    if (paired != null) {
      root.set(SummaryFields.PAIRED, paired);
    }
    SummaryJson.JSON.writeValue(file.toFile(), root);
  }
}
