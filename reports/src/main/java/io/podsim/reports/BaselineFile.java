package io.podsim.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a baseline: the profile summaries of a run, or a bench's workloads, for later {@code compare --baseline}. */
public final class BaselineFile {
  private BaselineFile() {}

  public static void write(ResultSet run, Path file) throws IOException {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put(SummaryFields.SCHEMA_VERSION, SummaryJson.SCHEMA_VERSION);
    root.put("kind", "podsim-baseline");
    root.put("source", run.source());
    ArrayNode profiles = root.putArray(run.isBench() ? SummaryFields.WORKLOADS : SummaryFields.PROFILES);
    run.summaries().forEach(profiles::add);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    SummaryJson.JSON.writeValue(file.toFile(), root);
  }
}
