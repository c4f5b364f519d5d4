package io.podsim.reports;

import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes pods as podsim's CSV trace, the format {@code workload.trace} reads back. Fields the CSV
 * cannot carry (node affinity, pod affinity, spread constraints, tolerations, host ports, node name,
 * extended resources) are left out and counted, so callers can say what was lost.
 */
public final class TraceCsvWriter implements Closeable {
  /** The columns written, in order. */
  public static final String HEADER =
      "name,arrival,duration,cpu,memory,disk,priority,namespace,labels,owner,nodeSelector,datasets,images";

  private final BufferedWriter out;
  private final ResourceSchema schema;
  private final Map<String, Integer> dropped = new TreeMap<>();

  public TraceCsvWriter(Path file, ResourceSchema schema) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.schema = schema;
    out.write(HEADER);
    out.newLine();
  }

  public void write(PodSpec pod) throws IOException {
    countDropped(pod);
    String[] fields = {
      pod.name(), Numbers.seconds(pod.arrival()), pod.hasDuration() ? Numbers.seconds(pod.duration()) : "",
      amount(pod, ResourceSchema.CPU_INDEX), amount(pod, ResourceSchema.MEMORY_INDEX),
      amount(pod, ResourceSchema.EPHEMERAL_STORAGE_INDEX), Integer.toString(pod.priority()), pod.namespace(),
      pairs(pod.labels()), pod.owner() == null ? "" : pod.owner(), pairs(pod.placement().nodeSelector()),
      String.join(";", pod.placement().datasets()), String.join(";", pod.images())
    };
    out.write(Arrays.stream(fields).map(TraceCsvWriter::escape).collect(Collectors.joining(",")));
    out.newLine();
  }

  /** What was left out, by field, with how many pods had it. */
  public Map<String, Integer> dropped() {
    return dropped;
  }

  private void countDropped(PodSpec pod) {
    var placement = pod.placement();
    boolean nodeAffinity = placement.nodeAffinity().required() != null || !placement.nodeAffinity().preferred().isEmpty();
    count(nodeAffinity, "affinity.nodeAffinity");
    count(placement.hasPodAffinity(), "affinity.podAffinity/podAntiAffinity");
    count(!placement.spreadConstraints().isEmpty(), "topologySpreadConstraints");
    count(!pod.tolerations().isEmpty(), "tolerations");
    count(pod.gpu().any(), "gpu");
    count(!placement.hostPorts().isEmpty(), "hostPorts");
    count(placement.nodeName() != null, "nodeName");
    for (int r = ResourceSchema.PODS_INDEX + 1; r < schema.size(); r++) {
      count(pod.requests().get(r) > 0, "requests." + schema.name(r));
    }
  }

  private void count(boolean present, String field) {
    if (present) {
      dropped.merge(field, 1, Integer::sum);
    }
  }

  private String amount(PodSpec pod, int resource) {
    long amount = pod.requests().get(resource);
    return amount == 0 ? "" : ResourceSchema.formatAmount(schema.name(resource), amount);
  }

  private static String pairs(Map<String, String> map) {
    return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
  }

  private static String escape(String field) {
    return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
