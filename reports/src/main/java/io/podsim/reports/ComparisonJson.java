package io.podsim.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podsim.metrics.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code comparison.json}: every profile's summary side by side, in scenario order. */
public final class ComparisonJson {
  private ComparisonJson() {}

  public static void write(List<RunResult> results, Path file) throws IOException {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("schemaVersion", SummaryJson.SCHEMA_VERSION);
    root.put("scenario", results.isEmpty() ? "" : results.get(0).scenario());
    root.put("seed", results.isEmpty() ? 0 : results.get(0).seed());
    ArrayNode profiles = root.putArray("profiles");
    results.forEach(r -> profiles.add(SummaryJson.toJson(r)));
    SummaryJson.JSON.writeValue(file.toFile(), root);
  }
}
