package io.podsim.workloads.trace.google;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.trace.LifecycleJoin;
import io.podsim.workloads.trace.PartedRows;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Google's Borg trace of May 2011 (google/cluster-data, clusterdata-2011-2, schema version 2 as in
 * its {@code schema.csv}): headerless CSV, often gzipped and published in part files, read from a
 * folder holding {@code machine_events/} and {@code task_events/} (or single
 * {@code machine_events.csv[.gz]} / {@code task_events.csv[.gz]} files), or from one file.
 *
 * <p>Machines ({@code machine_events}: time, machine ID, event type, platform ID, CPUs, memory): the
 * first ADD (type 0) of each machine becomes node {@code machine-ID} with CPUs × {@code cpuUnit}
 * and memory × {@code memoryUnit} (the trace normalizes both to the largest machine), {@code maxPods}
 * pods, and the platform as the {@code podsim.io/platform} label. Membership changes are not
 * replayed: REMOVE (1), UPDATE (2), repeated ADDs and machines without capacity are counted as
 * skipped rows.
 *
 * <p>Pods ({@code task_events}: time, missing info, job ID, task index, machine ID, event type, user,
 * scheduling class, priority, CPU request, memory request, disk request, different-machines
 * restriction): every SUBMIT (0) is a pod {@code JOB-INDEX-N} (N the submission's ordinal, so
 * resubmissions after EVICT, FAIL or KILL are pods of their own) arriving at the event's time (µs;
 * 0 means before the trace began), with the normalized requests scaled as for machines (empty
 * requests are 0; the disk request is not mapped, as machines carry no disk capacity), the Borg
 * priority (0..11) as its priority, job and scheduling class as labels, the job as owner (it
 * recreates tasks the simulated scheduler preempts), and, when the restriction is
 * 1, required anti-affinity to its job's pods per hostname. Its run time is the first SCHEDULE (1)
 * after it to the EVICT (2), FAIL (3), FINISH (4), KILL (5) or LOST (6) that ends it; tasks that end
 * after the trace (time 2^63−1) or never end in it run to the end. UPDATE events (7, 8) are not
 * replayed. Rows must be in time order, as published.
 */
public final class ClusterData2011 {
  static final List<String> TASK_EVENTS = List.of("time", "missing_info", "job_id", "task_index", "machine_id",
      "event_type", "user", "scheduling_class", "priority", "cpu_request", "memory_request", "disk_request",
      "different_machines");
  static final List<String> MACHINE_EVENTS = List.of("time", "machine_id", "event_type", "platform_id", "cpus",
      "memory");
  /** Mapping choices and their defaults. */
  public static final Map<String, String> MAPPING_DEFAULTS = BorgPods.MAPPING_DEFAULTS;

  private ClusterData2011() {}

  /** The task events as a pod stream (two passes over the files; see {@link LifecycleJoin}). */
  public static PodStream pods(TraceInput input) {
    BorgPods borg = new BorgPods(input.schema(), input.mapping());
    List<Path> parts = input.parts("task_events");
    LifecycleJoin.Log log = new LifecycleJoin.Log(skips -> new PartedRows(parts,
        part -> input.withSkips(skips).headerless(part, TASK_EVENTS)), (row, skips) -> event(row, borg));
    return new LifecycleJoin(log, input.skips(), Long.MAX_VALUE);
  }

  /** The machines present at any time of the trace, each as it was first added. */
  public static List<NodeSpec> nodes(TraceInput input) {
    BorgPods borg = new BorgPods(input.schema(), input.mapping());
    List<NodeSpec> nodes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    RowSkips skips = input.skips();
    try (PartedRows rows = new PartedRows(input.parts("machine_events"),
        part -> input.headerless(part, MACHINE_EVENTS))) {
      for (NodeSpec node = rows.next(row -> machine(row, borg, seen, skips)); node != null;
          node = rows.next(row -> machine(row, borg, seen, skips))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static NodeSpec machine(TraceRecord row, BorgPods borg, Set<String> seen, RowSkips skips) {
    long type = row.wholeNumber("event_type");
    BorgPods.MachineChange change = switch ((int) type) {
      case 0 -> BorgPods.MachineChange.ADD;
      case 1 -> BorgPods.MachineChange.REMOVE;
      case 2 -> BorgPods.MachineChange.UPDATE;
      default -> throw new InputError("event_type: expected 0 (ADD), 1 (REMOVE) or 2 (UPDATE), found " + type);
    };
    Map<String, String> labels = row.get("platform_id").isEmpty() ? Map.of()
        : Map.of(BorgPods.PLATFORM_LABEL, row.get("platform_id"));
    return borg.machine(row, change, "cpus", "memory", labels, seen, skips);
  }

  private static TaskEvent event(TraceRecord row, BorgPods borg) {
    long type = row.wholeNumber("event_type");
    LifecycleJoin.Kind kind = switch ((int) type) {
      case 0 -> LifecycleJoin.Kind.SUBMIT;
      case 1 -> LifecycleJoin.Kind.SCHEDULE;
      case 2, 3, 4, 5, 6 -> LifecycleJoin.Kind.END;
      case 7, 8 -> LifecycleJoin.Kind.OTHER;
      default -> throw new InputError("event_type: expected 0..8, found " + type);
    };
    String job = row.required("job_id");
    String task = job + "-" + row.required("task_index");
    long time = row.wholeNumber("time");
    if (kind != LifecycleJoin.Kind.SUBMIT) {
      return new TaskEvent(time, kind, task, null, 0, null, 0, 0, false, borg);
    }
    return new TaskEvent(time, kind, task, job, (int) row.wholeNumber("priority"), row.get("scheduling_class"),
        BorgPods.fraction(row, "cpu_request"), BorgPods.fraction(row, "memory_request"),
        "1".equals(row.get("different_machines")), borg);
  }

  /** A task event; submissions carry what their pod needs. */
  private record TaskEvent(long time, LifecycleJoin.Kind kind, String instance, String job, int priority,
      String schedulingClass, double cpus, double memory, boolean differentMachines, BorgPods borg)
      implements LifecycleJoin.Row {
    @Override
    public PodSpec pod(long ordinal, long duration) {
      return borg.pod(instance + "-" + ordinal, job, priority, schedulingClass, borg.requests(cpus, memory), time,
          duration, differentMachines);
    }
  }
}
