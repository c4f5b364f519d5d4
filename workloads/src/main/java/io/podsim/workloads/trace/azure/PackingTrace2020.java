package io.podsim.workloads.trace.azure;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.trace.RecordSource;
import io.podsim.workloads.trace.SortedRows;
import io.podsim.workloads.trace.SqliteRows;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Microsoft's Azure VM packing trace of 2020 (Azure/AzurePublicDataset, AzureTracesForPacking2020.md,
 * revision 1 of 2020-11-05), read from its SQLite file ({@code packing_trace_zone_a_v1.sqlite}) or
 * from a folder of CSV exports with headers, {@code vm.csv} (sorted by starttime) and
 * {@code vmType.csv}.
 *
 * <p>A VM type's demand is a fraction of one machine type ({@code vmType}: id, vmTypeId, machineId,
 * core, memory, hdd, ssd, nic), so the trace is replayed on machines of one type: the mapping's
 * {@code machineType} (default: the machineId that offers the most VM types, the smallest on ties),
 * whose whole is {@code cpuUnit} cores, {@code memoryUnit} of memory and {@code ssdUnit} of SSD as
 * ephemeral storage (hdd and nic are not mapped). As a cluster trace the format gives
 * {@code machines} such machines, named {@code azure-TYPE-N}, each holding {@code maxPods} pods.
 *
 * <p>Pods ({@code vm}: vmId, tenantId, vmTypeId, priority, starttime, endtime, in fractional days):
 * VM {@code vm-ID} arrives at starttime (VMs alive when collection began have a negative start and
 * arrive at 0) and runs until endtime (to the end of the run when endtime is NULL), requesting its
 * type's fractions of the machine; high-priority VMs (0) get pod priority 1000 and low-priority ones
 * (1, evictable) priority 0; the tenant is the {@code podsim.io/tenant} label. VMs whose type the
 * machine type does not offer are counted as skipped.
 */
public final class PackingTrace2020 {
  /** Mapping choices and their defaults; machineType "auto" picks the type that offers the most VM types. */
  public static final Map<String, String> MAPPING_DEFAULTS = Map.of("machineType", "auto", "cpuUnit", "48",
      "memoryUnit", "384Gi", "ssdUnit", "4Ti", "machines", "100", "maxPods", "110");
  static final String TENANT_LABEL = "podsim.io/tenant";
  static final int HIGH_PRIORITY = 1000;
  private static final double DAY = 86_400e6;
  private static final List<String> VM_COLUMNS = List.of("vmId", "tenantId", "vmTypeId", "priority", "starttime",
      "endtime");
  private static final List<String> VM_TYPE_COLUMNS = List.of("id", "vmTypeId", "machineId", "core", "memory", "hdd",
      "ssd", "nic");

  private PackingTrace2020() {}

  /** {@code machines} identical machines of the chosen type. */
  public static List<NodeSpec> nodes(TraceInput input) {
    MachineType type = MachineType.of(input, vmTypes(input));
    long count = input.mapping().count("machines");
    long[] amounts = type.whole().clone();
    amounts[ResourceSchema.PODS_INDEX] = input.mapping().count("maxPods");
    List<NodeSpec> nodes = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      String name = "azure-" + type.id() + "-" + i;
      nodes.add(new NodeSpec(name, Resources.of(amounts), Map.of("kubernetes.io/hostname", name,
          "podsim.io/machine-type", type.id()), List.of(), false));
    }
    return nodes;
  }

  /** The VM requests in start order. */
  public static PodStream pods(TraceInput input) {
    MachineType type = MachineType.of(input, vmTypes(input));
    RecordSource vms = isSqlite(input.path())
        ? sqlite(input, "vm", "SELECT vmId, tenantId, vmTypeId, priority, starttime, endtime FROM vm "
            + "ORDER BY starttime, vmId")
        : input.rows(input.table("vm"), VM_COLUMNS, VM_COLUMNS.subList(0, 5));
    return new SortedRows(vms, row -> vm(row, type, input),
        "export the vm table sorted: SELECT * FROM vm ORDER BY starttime");
  }

  private static PodSpec vm(TraceRecord row, MachineType type, TraceInput input) {
    String vmType = row.required("vmTypeId");
    double[] fractions = type.demands().get(vmType);
    if (fractions == null) {
      input.skips().count("VM type not offered on machine type " + type.id());
      return null;
    }
    double start = row.number("starttime");
    String endText = row.get("endtime");
    long arrival = Math.round(Math.max(0, start) * DAY);
    long duration = endText.isEmpty() || endText.equalsIgnoreCase("NULL") ? PodSpec.NO_DURATION
        : Math.max(0, Math.round(row.number("endtime") * DAY) - arrival);
    long[] amounts = new long[input.schema().size()];
    for (int i = 0; i < MachineType.MAPPED.length; i++) {
      amounts[MachineType.MAPPED[i]] = Math.round(fractions[i] * type.whole()[MachineType.MAPPED[i]]);
    }
    String priority = row.required("priority");
    if (!priority.equals("0") && !priority.equals("1")) {
      throw new InputError("priority: expected 0 (high) or 1 (low), found '" + InputError.excerpt(priority) + "'");
    }
    String tenant = row.get("tenantId");
    return new PodSpec("vm-" + row.required("vmId"), null, Resources.of(amounts),
        tenant.isEmpty() ? Map.of() : Map.of(TENANT_LABEL, tenant), priority.equals("0") ? HIGH_PRIORITY : 0, arrival,
        duration, List.of(), Placement.NONE, true, null, List.of());
  }

  /** vmTypeId → (core, memory, ssd) fractions, per machineId, in machineId order. */
  private static Map<String, Map<String, double[]>> vmTypes(TraceInput input) {
    Map<String, Map<String, double[]>> byMachine = new TreeMap<>();
    try (RecordSource rows = isSqlite(input.path())
        ? sqlite(input, "vmType", "SELECT id, vmTypeId, machineId, core, memory, hdd, ssd, nic FROM vmType ORDER BY id")
        : input.rows(input.table("vmType"), VM_TYPE_COLUMNS, List.of("vmTypeId", "machineId", "core", "memory"))) {
      rows.forEachRecord(row -> byMachine.computeIfAbsent(row.required("machineId"), m -> new HashMap<>())
          .put(row.required("vmTypeId"), new double[] {fraction(row, "core"), fraction(row, "memory"),
              row.get("ssd").isEmpty() ? 0 : fraction(row, "ssd")}));
    }
    if (byMachine.isEmpty()) {
      throw new InputError(input.path() + ": the vmType table is empty");
    }
    return byMachine;
  }

  private static double fraction(TraceRecord row, String column) {
    double value = row.number(column);
    if (!(value >= 0 && value <= 1)) {
      throw new InputError(column + ": expected a fraction of a machine in [0, 1], found " + row.get(column));
    }
    return value;
  }

  private static boolean isSqlite(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".sqlite") || name.endsWith(".db");
  }

  private static RecordSource sqlite(TraceInput input, String table, String query) {
    SqliteRows rows = new SqliteRows(input.path(), table, query);
    return input.skipBadRows() ? rows.skippingBadRows(input.skips()) : rows;
  }

  /** The machine type the trace is replayed on: its id, whole capacity and the VM types it offers. */
  private record MachineType(String id, long[] whole, Map<String, double[]> demands) {
    /** Schema indexes of the mapped fractions, in order: core, memory, ssd. */
    static final int[] MAPPED = {ResourceSchema.CPU_INDEX, ResourceSchema.MEMORY_INDEX,
        ResourceSchema.EPHEMERAL_STORAGE_INDEX};

    static MachineType of(TraceInput input, Map<String, Map<String, double[]>> byMachine) {
      String chosen = input.mapping().text("machineType");
      if (chosen.equals("auto")) {
        chosen = byMachine.entrySet().stream()
            .max((a, b) -> a.getValue().size() != b.getValue().size()
                ? Integer.compare(a.getValue().size(), b.getValue().size()) : b.getKey().compareTo(a.getKey()))
            .orElseThrow().getKey();
      } else if (!byMachine.containsKey(chosen)) {
        throw new InputError("mapping.machineType: no machineId '" + chosen + "' in the vmType table; known: "
            + String.join(", ", byMachine.keySet()));
      }
      long[] whole = new long[input.schema().size()];
      whole[ResourceSchema.CPU_INDEX] = input.mapping().amount("cpuUnit", ResourceSchema.CPU);
      whole[ResourceSchema.MEMORY_INDEX] = input.mapping().amount("memoryUnit", ResourceSchema.MEMORY);
      whole[ResourceSchema.EPHEMERAL_STORAGE_INDEX] = input.mapping().amount("ssdUnit", ResourceSchema.EPHEMERAL_STORAGE);
      return new MachineType(chosen, whole, byMachine.get(chosen));
    }
  }
}
