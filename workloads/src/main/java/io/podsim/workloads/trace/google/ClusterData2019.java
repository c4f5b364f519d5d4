package io.podsim.workloads.trace.google;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.trace.LifecycleJoin;
import io.podsim.workloads.trace.PartedRows;
import io.podsim.workloads.trace.RecordSource;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Google's Borg traces of May 2019 (google/cluster-data, clusterdata-2019, "Google cluster-usage
 * traces v3", schema {@code clusterdata_trace_format_v3.proto}), as exported from BigQuery: CSV with
 * a header row naming the fields (nested ones dotted or with underscores:
 * {@code resource_request.cpus} or {@code resource_request_cpus}) or JSON lines, optionally gzipped
 * and in part files. Read from a folder holding {@code machine_events} and {@code instance_events}
 * (a folder of parts or one {@code .csv[.gz]} / {@code .json[.gz]} file each), or from one file.
 *
 * <p>Machines ({@code machine_events}: time, machine_id, type, switch_id, capacity.cpus,
 * capacity.memory, platform_id): the first ADD (1) of each machine becomes node {@code machine-ID}
 * with the capacity scaled by {@code cpuUnit} and {@code memoryUnit}, {@code maxPods} pods, the
 * switch as rack label {@code topology.podsim.io/rack} and the platform as {@code podsim.io/platform}.
 * REMOVE (2), UPDATE (3), repeated ADDs and machines without capacity are counted as skipped rows.
 *
 * <p>Pods ({@code instance_events}: time, type, collection_id, instance_index, priority,
 * scheduling_class, collection_type, resource_request): every SUBMIT (0) of a job's instance is a pod
 * {@code COLLECTION-INDEX-N} (N the submission's ordinal) arriving at its time (µs), requesting the
 * normalized resources scaled as for machines (missing requests are 0), with the priority (0..450)
 * as its priority, the collection as label {@code podsim.io/job} and as owner, and the scheduling
 * class as a label. Run time is the first SCHEDULE (3) after it to the EVICT (4), FAIL (5),
 * FINISH (6), KILL (7) or LOST (8) that ends it; instances that never end in the trace (or end at
 * 2^63−1) run to the end. QUEUE, ENABLE and UPDATE events are not replayed; machine constraints
 * (obfuscated attribute names) are not mapped; instances of alloc sets (collection_type 1) are
 * reservations, not work, and each of their submissions is counted as a skipped row. Event types may
 * be numbers or their names (SUBMIT, ...). Rows must be in time order.
 */
public final class ClusterData2019 {
  private static final List<String> INSTANCE_EVENTS = List.of("time", "type", "collection_id", "scheduling_class",
      "missing_type", "collection_type", "priority", "alloc_collection_id", "instance_index", "machine_id",
      "alloc_instance_index", "resource_request.cpus", "resource_request.memory", "resource_request_cpus",
      "resource_request_memory", "constraint");
  private static final List<String> MACHINE_EVENTS = List.of("time", "machine_id", "type", "switch_id",
      "capacity.cpus", "capacity.memory", "capacity_cpus", "capacity_memory", "platform_id", "missing_data_reason");
  private static final List<String> EVENT_TYPES = List.of("SUBMIT", "QUEUE", "ENABLE", "SCHEDULE", "EVICT", "FAIL",
      "FINISH", "KILL", "LOST", "UPDATE_PENDING", "UPDATE_RUNNING");
  private static final List<String> MACHINE_TYPES = List.of("EVENT_TYPE_UNKNOWN", "ADD", "REMOVE", "UPDATE");
  /** Mapping choices and their defaults. */
  public static final Map<String, String> MAPPING_DEFAULTS = BorgPods.MAPPING_DEFAULTS;

  private ClusterData2019() {}

  /** The instance events as a pod stream (two passes over the files; see {@link LifecycleJoin}). */
  public static PodStream pods(TraceInput input) {
    BorgPods borg = new BorgPods(input.schema(), input.mapping());
    List<Path> parts = input.parts("instance_events");
    LifecycleJoin.Log log = new LifecycleJoin.Log(skips -> new PartedRows(parts,
        part -> open(input.withSkips(skips), part, INSTANCE_EVENTS)), (row, skips) -> event(row, borg, skips));
    return new LifecycleJoin(log, input.skips(), Long.MAX_VALUE);
  }

  /** The machines present at any time of the trace, each as it was first added. */
  public static List<NodeSpec> nodes(TraceInput input) {
    BorgPods borg = new BorgPods(input.schema(), input.mapping());
    List<NodeSpec> nodes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (PartedRows rows = new PartedRows(input.parts("machine_events"), part -> open(input, part, MACHINE_EVENTS))) {
      for (NodeSpec node = rows.next(row -> machine(row, borg, seen, input.skips())); node != null;
          node = rows.next(row -> machine(row, borg, seen, input.skips()))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static RecordSource open(TraceInput input, Path part, List<String> columns) {
    return part.getFileName().toString().contains(".json") ? input.jsonLines(part)
        : input.rows(part, columns, List.of("time", "type"));
  }

  private static NodeSpec machine(TraceRecord row, BorgPods borg, Set<String> seen, RowSkips skips) {
    BorgPods.MachineChange change = switch (code(row, "type", MACHINE_TYPES)) {
      case 1 -> BorgPods.MachineChange.ADD;
      case 2 -> BorgPods.MachineChange.REMOVE;
      case 3 -> BorgPods.MachineChange.UPDATE;
      default -> throw new InputError("type: expected ADD (1), REMOVE (2) or UPDATE (3), found " + row.get("type"));
    };
    Map<String, String> labels = new LinkedHashMap<>();
    if (!row.get("switch_id").isEmpty()) {
      labels.put(NodeSpec.RACK_LABEL, row.get("switch_id"));
    }
    if (!row.get("platform_id").isEmpty()) {
      labels.put(BorgPods.PLATFORM_LABEL, row.get("platform_id"));
    }
    boolean dotted = !row.get("capacity.cpus").isEmpty() || !row.get("capacity.memory").isEmpty();
    return borg.machine(row, change, dotted ? "capacity.cpus" : "capacity_cpus",
        dotted ? "capacity.memory" : "capacity_memory", labels, seen, skips);
  }

  /** An enum field given as its number or its name. */
  private static int code(TraceRecord row, String column, List<String> names) {
    String text = row.required(column);
    int byName = names.indexOf(text);
    if (byName >= 0) {
      return byName;
    }
    if (!text.matches("\\d{1,2}") || Integer.parseInt(text) >= names.size()) {
      throw new InputError(column + ": expected one of " + String.join(", ", names) + " or 0.." + (names.size() - 1)
          + ", found '" + InputError.excerpt(text) + "'");
    }
    return Integer.parseInt(text);
  }

  private static InstanceEvent event(TraceRecord row, BorgPods borg, RowSkips skips) {
    int type = code(row, "type", EVENT_TYPES);
    LifecycleJoin.Kind kind = switch (type) {
      case 0 -> LifecycleJoin.Kind.SUBMIT;
      case 3 -> LifecycleJoin.Kind.SCHEDULE;
      case 4, 5, 6, 7, 8 -> LifecycleJoin.Kind.END;
      default -> LifecycleJoin.Kind.OTHER;
    };
    String collection = row.required("collection_id");
    String instance = collection + "-" + row.required("instance_index");
    long time = row.wholeNumber("time");
    if (kind != LifecycleJoin.Kind.SUBMIT) {
      return new InstanceEvent(time, kind, instance, null, 0, null, 0, 0, borg);
    }
    if ("1".equals(row.get("collection_type")) || "ALLOC_SET".equals(row.get("collection_type"))) {
      skips.count("alloc set instance (reservations are not replayed)");
      return new InstanceEvent(time, LifecycleJoin.Kind.OTHER, instance, null, 0, null, 0, 0, borg);
    }
    boolean dotted = !row.get("resource_request.cpus").isEmpty() || !row.get("resource_request.memory").isEmpty();
    return new InstanceEvent(time, kind, instance, collection,
        row.get("priority").isEmpty() ? 0 : (int) row.wholeNumber("priority"), row.get("scheduling_class"),
        BorgPods.fraction(row, dotted ? "resource_request.cpus" : "resource_request_cpus"),
        BorgPods.fraction(row, dotted ? "resource_request.memory" : "resource_request_memory"), borg);
  }

  /** An instance event; submissions carry what their pod needs. */
  private record InstanceEvent(long time, LifecycleJoin.Kind kind, String instance, String collection, int priority,
      String schedulingClass, double cpus, double memory, BorgPods borg) implements LifecycleJoin.Row {
    @Override
    public PodSpec pod(long ordinal, long duration) {
      return borg.pod(instance + "-" + ordinal, collection, priority, schedulingClass, borg.requests(cpus, memory),
          time, duration, false);
    }
  }
}
