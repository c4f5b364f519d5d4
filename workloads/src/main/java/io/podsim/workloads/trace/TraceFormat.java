package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.trace.alibaba.GpuTrace2023;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The trace formats podsim reads, by the name a scenario gives under {@code workload.trace.format}
 * (pods) or {@code cluster.trace.format} (nodes, for formats that list machines). Adding a format is
 * one reader class and one line here.
 */
public enum TraceFormat {
  CSV("csv", CsvTraceReader::new, null, List.of()),
  ALIBABA_GPU_2023("alibaba-gpu-2023", GpuTrace2023::new, GpuTrace2023::nodes,
      List.of(GpuTrace2023.GPU, GpuTrace2023.GPU_MILLI));

  /** Opens a trace file as a pod stream; the context resolves resources, priority classes and data sets. */
  @FunctionalInterface
  public interface Reader {
    PodStream open(Path file, PodContext context);
  }

  /** Reads the nodes a trace lists. */
  @FunctionalInterface
  public interface NodeReader {
    List<NodeSpec> read(Path file, ResourceSchema schema);
  }

  private final String formatName;
  private final Reader reader;
  private final NodeReader nodeReader;
  private final List<String> resources;

  TraceFormat(String formatName, Reader reader, NodeReader nodeReader, List<String> resources) {
    this.formatName = formatName;
    this.reader = reader;
    this.nodeReader = nodeReader;
    this.resources = resources;
  }

  public String formatName() {
    return formatName;
  }

  /** Extended resources this format's pods or nodes use. */
  public List<String> resources() {
    return resources;
  }

  public PodStream open(Path file, PodContext context) {
    return reader.open(file, context);
  }

  /** The nodes a machine list of this format describes. */
  public List<NodeSpec> nodes(Path file, ResourceSchema schema) {
    if (nodeReader == null) {
      throw new InputError("format '" + formatName + "' lists no machines; formats that do: "
          + Arrays.stream(values()).filter(f -> f.nodeReader != null).map(TraceFormat::formatName).toList());
    }
    return nodeReader.read(file, schema);
  }

  /** The format with this name; an unknown name is an error listing the known ones. */
  public static TraceFormat byName(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst()
        .orElseThrow(() -> new InputError("unknown trace format '" + name + "'; known: "
            + Arrays.stream(values()).map(TraceFormat::formatName).toList()));
  }
}
