package io.podsim.workloads.trace.alibaba;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.cluster.Hardware;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.trace.CsvRows;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.util.ArrayList;
import java.util.Comparator;
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
 * {@link #GPU_MILLI}; a GPU device request of num_gpu GPUs with gpu_milli thousandths each (a share
 * when num_gpu is 1 and gpu_milli below 1000) on a GPU of a model named in gpu_spec ({@code A|B};
 * empty: any model), which the GpuFit filter checks and the scheduler assigns to concrete GPUs; qos
 * and pod_phase as labels; run time deletion_time − scheduled_time, or deletion_time −
 * creation_time for pods the trace never scheduled (a row scheduled before its creation or deleted
 * before its start is an error: the published lists hold none). The trace is sorted by creation_time. Only
 * name, cpu_milli, memory_mib, num_gpu and gpu_milli are required (the derived multigpu* lists
 * have no other column): without creation_time pods arrive at 0, without deletion_time they run
 * to the end.
 */
public final class GpuTrace2023 implements PodStream {
  /** The resource that holds GPU capacity and demand in thousandths of a GPU. */
  public static final String GPU_MILLI = GpuRequest.MILLI_RESOURCE;
  /** Whole GPUs on a node. */
  public static final String GPU = GpuRequest.COUNT_RESOURCE;

  private static final List<String> POD_COLUMNS = List.of("name", "cpu_milli", "memory_mib", "num_gpu", "gpu_milli",
      "gpu_spec", "qos", "pod_phase", "creation_time", "deletion_time", "scheduled_time");
  /** The derived lists (multigpu*) carry only these. */
  private static final List<String> REQUIRED_POD_COLUMNS = POD_COLUMNS.subList(0, 5);
  private static final List<String> NODE_COLUMNS = List.of("sn", "cpu_milli", "memory_mib", "gpu", "model");
  private static final long MIB = 1024 * 1024;
  private static final long SECOND = 1_000_000L;

  private final PodContext context;
  private final CsvRows rows;
  private final boolean ordered;
  private long previousArrival;

  public GpuTrace2023(TraceInput input) {
    this(input, true);
  }

  private GpuTrace2023(TraceInput input, boolean ordered) {
    this.ordered = ordered;
    this.context = input.context();
    this.rows = input.rows(input.table("openb_pod_list_default"), POD_COLUMNS, REQUIRED_POD_COLUMNS);
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

  /**
   * Every pod of a pod list whatever its row order, sorted by arrival (rows with equal arrival keep
   * their order): for the derived openb lists (cpu*, gpushare*, ...), which are not sorted.
   */
  public static List<PodSpec> readAll(TraceInput input) {
    List<PodSpec> pods = new ArrayList<>();
    try (GpuTrace2023 trace = new GpuTrace2023(input, false)) {
      for (PodSpec pod = trace.next(); pod != null; pod = trace.next()) {
        pods.add(pod);
      }
    }
    pods.sort(Comparator.comparingLong(PodSpec::arrival));
    return pods;
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
    GpuRequest gpu = gpu(row);
    amounts[schema.indexOf(GPU_MILLI)] = gpu.totalMilli();
    long creation = row.get("creation_time").isEmpty() ? 0 : row.wholeNumber("creation_time") * SECOND;
    if (ordered && creation < previousArrival) {
      throw new InputError("creation_time goes back in time; the trace must be sorted by creation_time");
    }
    previousArrival = creation;
    String scheduled = row.get("scheduled_time");
    long start = scheduled.isEmpty() ? creation : row.wholeNumber("scheduled_time") * SECOND;
    // the published lists hold no such row: one that contradicts itself is a mistake in the file
    if (start < creation) {
      throw new InputError("scheduled_time: " + scheduled + " is before creation_time " + row.get("creation_time")
          + "; a pod is scheduled after it is created");
    }
    long duration = PodSpec.NO_DURATION;
    if (!row.get("deletion_time").isEmpty()) {
      duration = row.wholeNumber("deletion_time") * SECOND - start;
      if (duration < 0) {
        throw new InputError("deletion_time: " + row.get("deletion_time") + " is before "
            + (scheduled.isEmpty() ? "creation_time " + row.get("creation_time") : "scheduled_time " + scheduled)
            + "; a pod is deleted after it starts");
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (String column : List.of("qos", "pod_phase")) {
      if (!row.get(column).isEmpty()) {
        labels.put(column, row.get(column));
      }
    }
    return new PodSpec(row.required("name"), null, Resources.of(amounts), labels, 0, creation, duration, List.of(),
        Placement.NONE, true, null, List.of(), gpu);
  }

  /** num_gpu GPUs of gpu_milli thousandths each, on a GPU named in gpu_spec ({@code A|B}; empty: any). */
  private static GpuRequest gpu(TraceRecord row) {
    long count = row.wholeNumber("num_gpu");
    if (count == 0) {
      return GpuRequest.NONE;
    }
    long milli = row.wholeNumber("gpu_milli");
    if (milli < 1 || milli > GpuRequest.MILLI_PER_GPU || count > 1 && milli != GpuRequest.MILLI_PER_GPU) {
      throw new InputError("gpu_milli: expected 1..1000 thousandths of one GPU, and 1000 when num_gpu > 1; found "
          + milli + " with num_gpu " + count);
    }
    String spec = row.get("gpu_spec");
    return new GpuRequest((int) count, (int) milli, spec.isEmpty() ? List.of() : List.of(spec.split("\\|")));
  }

  @Override
  public void close() {
    rows.close();
  }
}
