package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.trace.alibaba.ClusterTrace2017;
import io.podsim.workloads.trace.alibaba.ClusterTrace2018;
import io.podsim.workloads.trace.alibaba.GpuTrace2023;
import io.podsim.workloads.trace.azure.PackingTrace2020;
import io.podsim.workloads.trace.google.ClusterData2011;
import io.podsim.workloads.trace.google.ClusterData2019;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The trace formats podsim reads, by the name a scenario gives under {@code workload.trace.format}
 * (pods) or {@code cluster.trace.format} (nodes, for formats that list machines). Adding a format is
 * one reader class and one line here.
 */
public enum TraceFormat {
  CSV("csv", CsvTraceReader::new, null, List.of(), Map.of()),
  ALIBABA_GPU_2023("alibaba-gpu-2023", GpuTrace2023::new, GpuTrace2023::nodes,
      List.of(GpuTrace2023.GPU, GpuTrace2023.GPU_MILLI), Map.of()),
  GOOGLE_2011("google-2011", ClusterData2011::pods, ClusterData2011::nodes, List.of(),
      ClusterData2011.MAPPING_DEFAULTS),
  GOOGLE_2019("google-2019", ClusterData2019::pods, ClusterData2019::nodes, List.of(),
      ClusterData2019.MAPPING_DEFAULTS),
  ALIBABA_2018("alibaba-2018", ClusterTrace2018::pods, ClusterTrace2018::nodes, List.of(),
      ClusterTrace2018.MAPPING_DEFAULTS),
  ALIBABA_2017("alibaba-2017", ClusterTrace2017::pods, ClusterTrace2017::nodes, List.of(),
      ClusterTrace2017.MAPPING_DEFAULTS),
  AZURE_PACKING_2020("azure-packing-2020", PackingTrace2020::pods, PackingTrace2020::nodes, List.of(),
      PackingTrace2020.MAPPING_DEFAULTS);

  /** Opens a trace as a pod stream. */
  @FunctionalInterface
  public interface Reader {
    PodStream open(TraceInput input);
  }

  /** Reads the nodes a trace lists. */
  @FunctionalInterface
  public interface NodeReader {
    List<NodeSpec> read(TraceInput input);
  }

  private final String formatName;
  private final Reader reader;
  private final NodeReader nodeReader;
  private final List<String> resources;
  private final Map<String, String> mappingDefaults;

  TraceFormat(String formatName, Reader reader, NodeReader nodeReader, List<String> resources,
      Map<String, String> mappingDefaults) {
    this.formatName = formatName;
    this.reader = reader;
    this.nodeReader = nodeReader;
    this.resources = resources;
    this.mappingDefaults = mappingDefaults;
  }

  public String formatName() {
    return formatName;
  }

  /** Extended resources this format's pods or nodes use. */
  public List<String> resources() {
    return resources;
  }

  /** The mapping choices this format offers, with their defaults. */
  public Map<String, String> mappingDefaults() {
    return mappingDefaults;
  }

  public PodStream open(TraceInput input) {
    PodStream pods = reader.open(input);
    return new PodStream() {
      @Override
      public PodSpec next() {
        return pods.next();
      }

      @Override
      public Map<String, Long> skippedRows() {
        return input.skips().counts();
      }

      @Override
      public void close() {
        pods.close();
      }
    };
  }

  /** The nodes a machine list of this format describes. */
  public List<NodeSpec> nodes(TraceInput input) {
    if (nodeReader == null) {
      throw new InputError("format '" + formatName + "' lists no machines; formats that do: "
          + Arrays.stream(values()).filter(f -> f.nodeReader != null).map(TraceFormat::formatName).toList());
    }
    return nodeReader.read(input);
  }

  /** The format with this name; an unknown name is an error listing the known ones. */
  public static TraceFormat byName(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst()
        .orElseThrow(() -> new InputError("unknown trace format '" + name + "'; known: "
            + Arrays.stream(values()).map(TraceFormat::formatName).toList()));
  }
}
