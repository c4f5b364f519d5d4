package io.podsim.workloads.trace.alibaba;

import io.podsim.model.InputError;
import io.podsim.model.LabelRequirement;
import io.podsim.model.NodeAffinity;
import io.podsim.model.NodeSelectorTerm;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.cluster.Hardware;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.trace.CsvRows;
import io.podsim.workloads.trace.TraceRecord;
import io.podsim.workloads.trace.TraceInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alibaba's GPU cluster trace of 2023 (alibaba/clusterdata, cluster-trace-gpu-v2023, the "openb"
 * traces of Weng et al., "Beware of Fragmentation", USENIX ATC '23).
 *
 * <p>Node list ({@code openb_node_list_*.csv}: sn, cpu_milli, memory_mib, gpu, model): a node named
 * by sn with cpu_milli millicores, memory_mib MiB, 110 pods, {@code gpu} whole GPUs as
 * {@code nvidia.com/gpu} and {@code gpu × 1000} as {@link #GPU_MILLI}, and the model as the
 * {@code nvidia.com/gpu.product} label.
 *
 * <p>Pod list ({@code openb_pod_list_*.csv}: name, cpu_milli, memory_mib, num_gpu, gpu_milli,
 * gpu_spec, qos, pod_phase, creation_time, deletion_time, scheduled_time, in seconds): arrival at
 * creation_time; requests cpu_milli, memory_mib MiB and {@code num_gpu × gpu_milli} of
 * {@link #GPU_MILLI} (GPU sharing is aggregated per node here; device-level placement is not
 * modelled); gpu_spec ({@code A|B}) as required node affinity on the GPU model; qos and pod_phase as
 * labels; run time deletion_time − scheduled_time, or deletion_time − creation_time for pods the
 * trace never scheduled. The trace is sorted by creation_time.
 */
public final class GpuTrace2023 implements PodStream {
  /** The resource that holds GPU capacity and demand in thousandths of a GPU. */
  public static final String GPU_MILLI = "alibaba.com/gpu-milli";
  /** Whole GPUs on a node. */
  public static final String GPU = "nvidia.com/gpu";

  private static final List<String> POD_COLUMNS = List.of("name", "cpu_milli", "memory_mib", "num_gpu", "gpu_milli",
      "gpu_spec", "qos", "pod_phase", "creation_time", "deletion_time", "scheduled_time");
  private static final List<String> NODE_COLUMNS = List.of("sn", "cpu_milli", "memory_mib", "gpu", "model");
  private static final long MIB = 1024 * 1024;
  private static final long SECOND = 1_000_000L;

  private final PodContext context;
  private final CsvRows rows;
  private long previousArrival;

  public GpuTrace2023(TraceInput input) {
    this.context = input.context();
    this.rows = input.rows(input.table("openb_pod_list_default"), POD_COLUMNS, POD_COLUMNS);
  }

  /** Reads a node list whole (a few thousand rows). */
  public static List<NodeSpec> nodes(TraceInput input) {
    List<NodeSpec> nodes = new ArrayList<>();
    ResourceSchema schema = input.schema();
    try (CsvRows rows = input.rows(input.table("openb_node_list_all_node"), NODE_COLUMNS, NODE_COLUMNS)) {
      for (NodeSpec node = rows.next(row -> node(row, schema)); node != null; node = rows.next(row -> node(row, schema))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static NodeSpec node(TraceRecord row, ResourceSchema schema) {
    long gpus = row.wholeNumber("gpu");
    long[] amounts = new long[schema.size()];
    amounts[ResourceSchema.CPU_INDEX] = row.wholeNumber("cpu_milli");
    amounts[ResourceSchema.MEMORY_INDEX] = row.wholeNumber("memory_mib") * MIB;
    amounts[ResourceSchema.PODS_INDEX] = 110;
    amounts[schema.indexOf(GPU)] = gpus;
    amounts[schema.indexOf(GPU_MILLI)] = gpus * 1000;
    String name = row.required("sn");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("kubernetes.io/hostname", name);
    if (!row.get("model").isEmpty()) {
      labels.put(Hardware.GPU_MODEL_LABEL, row.get("model"));
    }
    return new NodeSpec(name, Resources.of(amounts), labels, List.of(), false);
  }

  @Override
  public PodSpec next() {
    return rows.next(this::pod);
  }

  private PodSpec pod(TraceRecord row) {
    ResourceSchema schema = context.schema();
    long[] amounts = new long[schema.size()];
    amounts[ResourceSchema.CPU_INDEX] = row.wholeNumber("cpu_milli");
    amounts[ResourceSchema.MEMORY_INDEX] = row.wholeNumber("memory_mib") * MIB;
    long gpuMilli = row.wholeNumber("num_gpu") * row.wholeNumber("gpu_milli");
    amounts[schema.indexOf(GPU_MILLI)] = gpuMilli;
    long creation = row.wholeNumber("creation_time") * SECOND;
    if (creation < previousArrival) {
      throw new InputError("creation_time goes back in time; the trace must be sorted by creation_time");
    }
    previousArrival = creation;
    String scheduled = row.get("scheduled_time");
    long start = scheduled.isEmpty() ? creation : row.wholeNumber("scheduled_time") * SECOND;
    long duration = Math.max(0, row.wholeNumber("deletion_time") * SECOND - start);
    Map<String, String> labels = Map.of("qos", row.get("qos"), "pod_phase", row.get("pod_phase"));
    return new PodSpec(row.required("name"), null, Resources.of(amounts), labels, 0, creation, duration, List.of(),
        placement(row.get("gpu_spec"), gpuMilli > 0), true, null, List.of());
  }

  /** Required affinity to the listed GPU models, for pods that use a GPU and name models. */
  private static Placement placement(String gpuSpec, boolean usesGpu) {
    if (gpuSpec.isEmpty() || !usesGpu) {
      return Placement.NONE;
    }
    LabelRequirement models = new LabelRequirement(Hardware.GPU_MODEL_LABEL, LabelRequirement.Operator.IN,
        List.of(gpuSpec.split("\\|")));
    return new Placement(null, null, new NodeAffinity(List.of(new NodeSelectorTerm(List.of(models), List.of())),
        List.of()), null, null, null, null);
  }

  @Override
  public void close() {
    rows.close();
  }
}
