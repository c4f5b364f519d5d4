package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The profile summaries of one run as read back from disk: an output folder (its
 * {@code comparison.json}), a profile folder (its {@code summary.json}), or a comparison or baseline
 * JSON file.
 */
public record ResultSet(String source, List<JsonNode> summaries) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static ResultSet load(Path path) {
    Path file = Files.isDirectory(path) ? Files.isRegularFile(path.resolve("comparison.json"))
        ? path.resolve("comparison.json") : path.resolve("summary.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new InputError(path + ": no podsim results here; expected an output folder of podsim run, a profile"
          + " folder with summary.json, or a comparison or baseline file");
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<JsonNode> summaries = new ArrayList<>();
      if (root.has("profiles") && root.get("profiles").isArray()) {
        root.get("profiles").forEach(summaries::add);
      } else if (root.has("profile")) {
        summaries.add(root);
      }
      if (summaries.isEmpty() || summaries.stream().anyMatch(s -> !s.path("profile").isTextual())) {
        throw new InputError(file + ": not a podsim summary, comparison or baseline (no profile found)");
      }
      return new ResultSet(path.toString(), summaries);
    } catch (IOException e) {
      throw new InputError(file + ": cannot read it as JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** The summary of the named profile, if this run has it. */
  public Optional<JsonNode> profile(String name) {
    return summaries.stream().filter(s -> s.path("profile").asText().equals(name)).findFirst();
  }
}
