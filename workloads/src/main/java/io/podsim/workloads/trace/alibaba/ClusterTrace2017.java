package io.podsim.workloads.trace.alibaba;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.stream.MergedPodStream;
import io.podsim.workloads.trace.CsvRows;
import io.podsim.workloads.trace.LifecycleJoin;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.SortedRows;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alibaba's colocation trace of 2017 (alibaba/clusterdata, cluster-trace-v2017, columns as in its
 * {@code schema.csv}): headerless CSV tables, optionally gzipped, read from the folder holding them.
 * Times are seconds; memory and disk are normalized (1.0 = {@code memoryUnit}, {@code diskUnit});
 * CPU counts are not.
 *
 * <p>Machines ({@code server_event}: timestamp, machine id, event type, event detail, cpus, memory,
 * disk): the first {@code add} of each machine becomes node {@code machine-ID} with its cores,
 * memory, disk as ephemeral storage and {@code maxPods} pods. softerror, harderror, remove and
 * repeated adds are not replayed and are counted as skipped rows.
 *
 * <p>Pods: every row of {@code batch_instance} (start, end, job id, task id, machine id, status,
 * sequence number, total sequence number, then usage) is a pod {@code batch-JOB-TASK-N} (N its
 * ordinal in the table) arriving at its start and running until its end (to the end of the run
 * when the end is 0; an instance ending before it starts is counted as skipped), requesting its
 * task's plan_cpu cores and plan_mem from {@code batch_task}
 * (create time, modify time, job id, task id, instance count, status, plan_cpu, plan_mem), with
 * priority 0 and the job as label. Instances that never started (start 0), that lack a job or task
 * id (a known gap of the trace) or whose task is missing are counted as skipped. If the folder holds
 * {@code container_event} (timestamp, Create or Remove, instance id, machine id, plan_cpu, plan_mem,
 * plan_disk, cpuset), every Create is an online pod {@code container-ID-N} with those requests and
 * priority 1000, running until its Remove (see {@link LifecycleJoin}). Tables must be sorted by
 * time: {@code sort -t, -k1,1n}.
 */
public final class ClusterTrace2017 {
  private static final List<String> SERVER_EVENT = List.of("timestamp", "machine_id", "event_type", "event_detail",
      "cpus", "memory", "disk");
  private static final List<String> BATCH_TASK = List.of("create_timestamp", "modify_timestamp", "job_id", "task_id",
      "instance_num", "status", "plan_cpu", "plan_mem");
  private static final List<String> BATCH_INSTANCE = List.of("start_timestamp", "end_timestamp", "job_id", "task_id",
      "machine_id", "status", "seq_no", "total_seq_no", "real_cpu_max", "real_cpu_avg", "real_mem_max",
      "real_mem_avg");
  private static final List<String> CONTAINER_EVENT = List.of("timestamp", "event", "instance_id", "machine_id",
      "plan_cpu", "plan_mem", "plan_disk", "cpuset");
  /** Mapping choices and their defaults. */
  public static final Map<String, String> MAPPING_DEFAULTS = Map.of("memoryUnit", "256Gi", "diskUnit", "1Ti",
      "maxPods", "110");
  static final String JOB_LABEL = "podsim.io/job";
  private static final long SECOND = 1_000_000L;
  private static final String SORT_HINT = "sort the table by time (sort -t, -k1,1n)";

  private ClusterTrace2017() {}

  /** The machines, each as its first add describes it. */
  public static List<NodeSpec> nodes(TraceInput input) {
    AlibabaUnits units = new AlibabaUnits(input, 1);
    List<NodeSpec> nodes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvRows rows = input.headerless(input.table("server_event"), SERVER_EVENT)) {
      rows.forEachRecord(row -> {
        NodeSpec node = machine(row, units, seen, input.skips());
        if (node != null) {
          nodes.add(node);
        }
      });
    }
    return nodes;
  }

  private static NodeSpec machine(TraceRecord row, AlibabaUnits units, Set<String> seen, RowSkips skips) {
    String type = row.required("event_type");
    switch (type) {
      case "softerror", "harderror" -> skips.count("machine " + type + " (not replayed)");
      case "remove" -> skips.count("machine removed (membership changes are not replayed)");
      case "add" -> {
        String id = row.required("machine_id");
        if (seen.add(id)) {
          return units.node("machine-" + id, Math.round(row.number("cpus") * 1000), row.number("memory"),
              row.number("disk"), Map.of());
        }
        skips.count("machine added again (membership changes are not replayed)");
      }
      default -> throw new InputError("event_type: expected add, softerror, harderror or remove, found '" + InputError.excerpt(type) + "'");
    }
    return null;
  }

  /** Batch instances, merged with online containers when the folder has container_event. */
  public static PodStream pods(TraceInput input) {
    AlibabaUnits units = new AlibabaUnits(input, 1);
    TaskRequests tasks = new TaskRequests();
    try (CsvRows rows = input.headerless(input.table("batch_task"), BATCH_TASK)) {
      rows.forEachRecord(row -> tasks.put(row.required("job_id"), row.required("task_id"),
          Math.round(row.number("plan_cpu") * 1000), units.memory(row.number("plan_mem"))));
    }
    long[] ordinal = new long[1];
    PodStream batch = new SortedRows(input.headerless(input.table("batch_instance"), BATCH_INSTANCE),
        row -> instance(row, tasks, input, ordinal), SORT_HINT);
    if (!input.hasTable("container_event")) {
      return batch;
    }
    LifecycleJoin.Log log = new LifecycleJoin.Log(skips -> input.withSkips(skips)
        .headerless(input.table("container_event"), CONTAINER_EVENT), (row, skips) -> event(row, units, input.schema()));
    return new MergedPodStream(List.of(new LifecycleJoin(log, input.skips(), Long.MAX_VALUE), batch));
  }

  private static PodSpec instance(TraceRecord row, TaskRequests tasks, TraceInput input, long[] ordinal) {
    long start = row.signedWholeNumber("start_timestamp");
    if (start <= 0) {
      input.skips().count("batch instance never started");
      return null;
    }
    String job = row.get("job_id");
    String task = row.get("task_id");
    if (job.isEmpty() || task.isEmpty()) {
      input.skips().count("batch instance without job or task id (a known gap of the trace)");
      return null;
    }
    int slot = tasks.find(job, task);
    if (slot < 0) {
      input.skips().count("batch instance of a task missing from batch_task");
      return null;
    }
    long end = row.get("end_timestamp").isEmpty() ? 0 : row.signedWholeNumber("end_timestamp");
    if (end > 0 && end < start) {
      input.skips().count("batch instance ending before it starts");
      return null;
    }
    long[] amounts = new long[input.schema().size()];
    amounts[ResourceSchema.CPU_INDEX] = tasks.cpu(slot);
    amounts[ResourceSchema.MEMORY_INDEX] = tasks.memory(slot);
    return new PodSpec("batch-" + job + "-" + task + "-" + ordinal[0]++, null, Resources.of(amounts),
        Map.of(JOB_LABEL, job), 0, start * SECOND, end <= 0 ? PodSpec.NO_DURATION : (end - start) * SECOND,
        List.of(), Placement.NONE, true, null, List.of());
  }

  private static ContainerEvent event(TraceRecord row, AlibabaUnits units, ResourceSchema schema) {
    String event = row.required("event");
    LifecycleJoin.Kind kind = switch (event) {
      case "Create" -> LifecycleJoin.Kind.SUBMIT;
      case "Remove" -> LifecycleJoin.Kind.END;
      default -> throw new InputError("event: expected Create or Remove, found '" + InputError.excerpt(event) + "'");
    };
    String id = row.required("instance_id");
    long time = Math.max(0, row.signedWholeNumber("timestamp")) * SECOND;
    if (kind == LifecycleJoin.Kind.END) {
      return new ContainerEvent(time, kind, id, null);
    }
    long[] amounts = new long[schema.size()];
    amounts[ResourceSchema.CPU_INDEX] = Math.round(row.number("plan_cpu") * 1000);
    amounts[ResourceSchema.MEMORY_INDEX] = units.memory(row.number("plan_mem"));
    amounts[ResourceSchema.EPHEMERAL_STORAGE_INDEX] = units.disk(row.number("plan_disk"));
    return new ContainerEvent(time, kind, id, Resources.of(amounts));
  }

  /** A container event; Creates carry the requests. */
  private record ContainerEvent(long time, LifecycleJoin.Kind kind, String instance, Resources requests)
      implements LifecycleJoin.Row {
    @Override
    public PodSpec pod(long ordinal, long duration) {
      return new PodSpec("container-" + instance + "-" + ordinal, null, requests, Map.of(),
          ClusterTrace2018.ONLINE_PRIORITY, time, duration, List.of(), Placement.NONE, true, null, List.of());
    }
  }
}
