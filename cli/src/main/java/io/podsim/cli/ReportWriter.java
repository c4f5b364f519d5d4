package io.podsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.podsim.model.NodeSpec;
import io.podsim.model.SimTime;
import io.podsim.model.ResourceSchema;
import io.podsim.reports.HtmlReport;
import io.podsim.reports.Metrics;
import io.podsim.reports.ReportContext;
import io.podsim.reports.charts.ProfileOutputs;
import io.podsim.reports.charts.RunCharts;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Draws the charts of a finished run's typed results into {@code <out>/charts/} and writes {@code <out>/report.html}. */
final class ReportWriter {
  private ReportWriter() {}

  /** Draws what {@code outputs} hold of each profile's run; the report's files go into {@code out}. */
  static Path write(Scenario scenario, List<String> profiles, List<Long> seeds, Path out,
      List<ProfileOutputs> outputs) throws IOException {
    List<RunCharts.Written> charts = RunCharts.write(outputs, out.resolve("charts"));
    Map<String, List<String>> descriptions = new LinkedHashMap<>();
    for (String profile : profiles) {
      descriptions.put(profile, ProfileDescriptions.lines(scenario.catalog().create(profile, scenario.schema()),
          scenario.schema()));
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Path input : scenario.inputs()) {
      hashes.put(input.getFileName().toString(), sha256(input));
    }
    ReportContext context = new ReportContext(scenario.name(), new VersionProvider().getVersion()[0]
        .replace("podsim ", ""), seeds, nodeGroups(scenario), workload(scenario, outputs), descriptions, hashes);
    Path report = out.resolve("report.html");
    HtmlReport.write(report, context, outputs, charts);
    return report;
  }

  /** Pods in the run and the window they were simulated over. */
  private static List<String> workload(Scenario scenario, List<ProfileOutputs> outputs) {
    JsonNode summary = outputs.get(0).summary();
    String window = scenario.horizon() >= 0 ? "a horizon of " + SimTime.seconds(scenario.horizon()) / 3600 + " h"
        : "no horizon (until nothing could change)";
    List<String> lines = new ArrayList<>(List.of(String.format("%,d pods (%,d arrived after the horizon), simulated"
        + " with %s", Math.round(Metrics.PODS_TOTAL.value(summary) - Metrics.PODS_REPLACEMENTS.value(summary)),
        Math.round(Metrics.PODS_NOT_ARRIVED.value(summary)), window), "inputs: " + scenario.inputs().stream().map(p -> p.getFileName().toString())
        .collect(Collectors.joining(", "))));
    for (ProfileOutputs profile : outputs) {
      long lost = Math.round(Metrics.PODS_PREEMPTED_WITHOUT_OWNER.value(profile.summary()));
      if (lost > 0) {
        lines.add(String.format("%s: %,d preempted pods had no owner and were not recreated, as bare pods are not in"
            + " Kubernetes (give trace pods one with owner or ownerLabel on the trace)", profile.profile(), lost));
      }
    }
    return lines;
  }

  /** Nodes grouped by pool name (the name before the last dash) and allocatable resources. */
  private static List<String> nodeGroups(Scenario scenario) {
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (NodeSpec node : scenario.nodes()) {
      int dash = node.name().lastIndexOf('-');
      String pool = dash > 0 ? node.name().substring(0, dash) : node.name();
      String resources = node.allocatable().toMap(scenario.schema()).entrySet().stream()
          .map(e -> e.getKey() + " " + ResourceSchema.formatAmount(e.getKey(), e.getValue()))
          .collect(Collectors.joining(", "));
      String zone = node.labels().containsKey(NodeSpec.ZONE_LABEL) ? ", zoned" : "";
      groups.merge(pool + ": " + resources + (node.taints().isEmpty() ? "" : ", tainted") + zone, 1, Integer::sum);
    }
    return groups.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).toList();
  }

  private static String sha256(Path file) throws IOException {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
