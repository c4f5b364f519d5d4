package io.podsim.workloads.trace.alibaba;

import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.stream.MergedPodStream;
import io.podsim.workloads.trace.CsvRows;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.SortedRows;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alibaba's colocation trace of 2018 (alibaba/clusterdata, cluster-trace-v2018, columns as in its
 * {@code schema.txt}): headerless CSV tables, optionally gzipped, read from the folder holding them.
 *
 * <p>Machines ({@code machine_meta}: machine_id, time_stamp, failure_domain_1, failure_domain_2,
 * cpu_num, mem_size, status): the first row of each machine becomes a node named by machine_id with
 * cpu_num cores, mem_size (normalized to 100) × {@code memoryUnit} / 100 of memory,
 * {@code maxPods} pods, failure_domain_1 as its zone label and failure_domain_2 as its rack label.
 * Later rows (status changes) are counted as skipped.
 *
 * <p>Pods: every row of {@code batch_instance} (instance_name, task_name, job_name, task_type,
 * status, start_time, end_time, machine_id, seq_no, total_seq_no, cpu_avg, cpu_max, mem_avg,
 * mem_max) is a pod named instance_name arriving at start_time (seconds) and running until
 * end_time (to the end of the run when end_time is missing or 0, the trace's unfinished instances;
 * an instance ending before it starts is counted as skipped), requesting its
 * task's plan_cpu (100 = 1 core) and plan_mem (normalized like machines) from {@code batch_task}
 * (task_name, instance_num, job_name, task_type, status, start_time, end_time, plan_cpu, plan_mem),
 * with priority 0, job and task type as labels. Instances that never started (start_time 0) or
 * whose task is missing from batch_task or has no plan are counted as skipped. If the folder holds
 * {@code container_meta} (container_id, machine_id, time_stamp, app_du, status, cpu_request,
 * cpu_limit, mem_size), the first row of each container is a long-running online pod arriving at
 * time_stamp with cpu_request and mem_size as requests, priority 1000 (online work preempts batch
 * work), and its deploy unit app_du as label and owner; later rows are status snapshots, counted as
 * skipped. batch_instance and container_meta must be sorted by time (the published files are not:
 * {@code sort -t, -k6,6n batch_instance.csv}, {@code sort -t, -k3,3n container_meta.csv}); the
 * batch task table is held in memory (see {@link TaskRequests}).
 */
public final class ClusterTrace2018 {
  private static final List<String> MACHINE_META = List.of("machine_id", "time_stamp", "failure_domain_1",
      "failure_domain_2", "cpu_num", "mem_size", "status");
  private static final List<String> CONTAINER_META = List.of("container_id", "machine_id", "time_stamp", "app_du",
      "status", "cpu_request", "cpu_limit", "mem_size");
  private static final List<String> BATCH_TASK = List.of("task_name", "instance_num", "job_name", "task_type",
      "status", "start_time", "end_time", "plan_cpu", "plan_mem");
  private static final List<String> BATCH_INSTANCE = List.of("instance_name", "task_name", "job_name", "task_type",
      "status", "start_time", "end_time", "machine_id", "seq_no", "total_seq_no", "cpu_avg", "cpu_max", "mem_avg",
      "mem_max");
  /** Mapping choices and their defaults. */
  public static final Map<String, String> MAPPING_DEFAULTS = Map.of("memoryUnit", "100Gi", "maxPods", "110");
  static final String JOB_LABEL = "podsim.io/job";
  static final String TASK_TYPE_LABEL = "podsim.io/task-type";
  static final String APP_LABEL = "podsim.io/app-du";
  /** Priority of online containers, above the batch instances' 0. */
  static final int ONLINE_PRIORITY = 1000;
  private static final long SECOND = 1_000_000L;

  private ClusterTrace2018() {}

  /** The machines, each as its first row describes it. */
  public static List<NodeSpec> nodes(TraceInput input) {
    AlibabaUnits units = new AlibabaUnits(input, 100);
    List<NodeSpec> nodes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvRows rows = input.headerless(input.table("machine_meta"), MACHINE_META)) {
      for (NodeSpec node = rows.next(row -> machine(row, units, seen, input.skips())); node != null;
          node = rows.next(row -> machine(row, units, seen, input.skips()))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static NodeSpec machine(TraceRecord row, AlibabaUnits units, Set<String> seen, RowSkips skips) {
    String id = row.required("machine_id");
    if (!seen.add(id)) {
      skips.count("machine status change (not replayed)");
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NodeSpec.ZONE_LABEL, row.required("failure_domain_1"));
    labels.put(NodeSpec.RACK_LABEL, row.required("failure_domain_2"));
    return units.node(id, row.wholeNumber("cpu_num") * 1000, row.number("mem_size"), 0, labels);
  }

  /** Batch instances, merged with online containers when the folder has container_meta. */
  public static PodStream pods(TraceInput input) {
    AlibabaUnits units = new AlibabaUnits(input, 100);
    TaskRequests tasks = tasks(input, units);
    PodStream batch = new SortedRows(input.headerless(input.table("batch_instance"), BATCH_INSTANCE),
        row -> instance(row, tasks, input), "sort batch_instance by start_time (sort -t, -k6,6n)");
    if (!input.hasTable("container_meta")) {
      return batch;
    }
    Set<String> seen = new HashSet<>();
    PodStream online = new SortedRows(input.headerless(input.table("container_meta"), CONTAINER_META),
        row -> container(row, units, seen, input), "sort container_meta by time_stamp (sort -t, -k3,3n)");
    return new MergedPodStream(List.of(online, batch));
  }

  private static TaskRequests tasks(TraceInput input, AlibabaUnits units) {
    TaskRequests tasks = new TaskRequests();
    try (CsvRows rows = input.headerless(input.table("batch_task"), BATCH_TASK)) {
      rows.forEachRecord(row -> {
        boolean planned = !row.get("plan_cpu").isEmpty() && !row.get("plan_mem").isEmpty();
        tasks.put(row.required("job_name"), row.required("task_name"),
            planned ? Math.round(row.number("plan_cpu") * 10) : -1, planned ? units.memory(row.number("plan_mem")) : -1);
      });
    }
    return tasks;
  }

  private static PodSpec instance(TraceRecord row, TaskRequests tasks, TraceInput input) {
    long start = row.wholeNumber("start_time");
    if (start == 0) {
      input.skips().count("batch instance never started");
      return null;
    }
    int task = tasks.find(row.required("job_name"), row.required("task_name"));
    if (task < 0) {
      input.skips().count("batch instance of a task missing from batch_task");
      return null;
    }
    if (tasks.cpu(task) < 0) {
      input.skips().count("batch instance of a task without plan_cpu or plan_mem");
      return null;
    }
    long end = row.get("end_time").isEmpty() ? 0 : row.wholeNumber("end_time");
    if (end > 0 && end < start) {
      input.skips().count("batch instance ending before it starts");
      return null;
    }
    long[] amounts = new long[input.schema().size()];
    amounts[ResourceSchema.CPU_INDEX] = tasks.cpu(task);
    amounts[ResourceSchema.MEMORY_INDEX] = tasks.memory(task);
    Map<String, String> labels = Map.of(JOB_LABEL, row.get("job_name"), TASK_TYPE_LABEL, row.get("task_type"));
    return new PodSpec(row.required("instance_name"), null, Resources.of(amounts), labels, 0, start * SECOND,
        end == 0 ? PodSpec.NO_DURATION : (end - start) * SECOND, List.of(), Placement.NONE, true, null, List.of());
  }

  private static PodSpec container(TraceRecord row, AlibabaUnits units, Set<String> seen, TraceInput input) {
    String id = row.required("container_id");
    if (!seen.add(id)) {
      input.skips().count("container status snapshot (not replayed)");
      return null;
    }
    long[] amounts = new long[input.schema().size()];
    amounts[ResourceSchema.CPU_INDEX] = row.wholeNumber("cpu_request") * 10;
    amounts[ResourceSchema.MEMORY_INDEX] = units.memory(row.number("mem_size"));
    String app = row.required("app_du");
    return new PodSpec(id, null, Resources.of(amounts), Map.of(APP_LABEL, app), ONLINE_PRIORITY,
        row.wholeNumber("time_stamp") * SECOND, PodSpec.NO_DURATION, List.of(), Placement.NONE, true, app, List.of());
  }
}
