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
 * The results of one run as read back from disk, each named: the profile summaries of
 * {@code podsim run} (an output folder's {@code comparison.json}, a profile folder's
 * {@code summary.json}, a comparison or baseline file), or the workloads of {@code podsim bench}
 * (a folder holding {@code bench.json}, that file, or a baseline made from it).
 */
public record ResultSet(String source, List<JsonNode> summaries) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static ResultSet load(Path path) {
    Path file = resultFile(path);
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<JsonNode> summaries = new ArrayList<>();
      if (root == null) {
        throw new InputError(file + ": the file is empty; expected podsim results");
      } else if (root.isArray()) {
        root.forEach(summaries::add);
      } else if (root.path(SummaryFields.PROFILES).isArray()) {
        root.get(SummaryFields.PROFILES).forEach(summaries::add);
      } else if (root.path(SummaryFields.WORKLOADS).isArray()) {
        root.get(SummaryFields.WORKLOADS).forEach(summaries::add);
      } else if (root.has(SummaryFields.PROFILE)) {
        summaries.add(root);
      }
      if (summaries.isEmpty() || summaries.stream().anyMatch(s -> name(s).isEmpty())) {
        throw new InputError(file + ": not a podsim summary, comparison, bench result or baseline (no profile or"
            + " workload named)");
      }
      return new ResultSet(path.toString(), summaries);
    } catch (IOException e) {
      throw new InputError(file + ": cannot read it as JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static Path resultFile(Path path) {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new InputError(path + ": no such file or folder; expected an output folder of podsim run or bench,"
            + " a summary, comparison, bench or baseline file");
      }
      return path;
    }
    for (String name : List.of("comparison.json", "summary.json", "bench.json")) {
      if (Files.isRegularFile(path.resolve(name))) {
        return path.resolve(name);
      }
    }
    throw new InputError(path + ": no podsim results here; expected comparison.json, summary.json or bench.json"
        + " in it");
  }

  /** The name of a result: its profile, or its bench workload; empty when it has neither. */
  public static String name(JsonNode summary) {
    JsonNode name = summary.path(SummaryFields.PROFILE).isTextual() ? summary.get(SummaryFields.PROFILE)
        : summary.path(SummaryFields.WORKLOAD);
    return name.isTextual() ? name.asText() : "";
  }

  /** True when these are {@code podsim bench} results. */
  public boolean isBench() {
    return summaries.get(0).has(SummaryFields.WORKLOAD);
  }

  /** The result of that name (a profile or a bench workload), if this run has it. */
  public Optional<JsonNode> named(String name) {
    return summaries.stream().filter(s -> name(s).equals(name)).findFirst();
  }

  /** The names of the results, in order. */
  public List<String> names() {
    return summaries.stream().map(ResultSet::name).toList();
  }
}
