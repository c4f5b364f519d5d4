package io.podsim.workloads.trace.google;

import io.podsim.model.InputError;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.TraceMapping;
import io.podsim.workloads.trace.TraceRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Google traces share: normalized CPU and memory scaled by the scenario's units (a value of
 * 1.0 is the largest machine's), machines as they were first added, Borg priorities kept as pod
 * priorities, and the job as label and owner.
 */
final class BorgPods {
  /** Label holding the Borg job (2011) or collection (2019) of a task. */
  static final String JOB_LABEL = "podsim.io/job";
  /** Label holding the task's scheduling class (latency sensitivity, 0..3). */
  static final String CLASS_LABEL = "podsim.io/scheduling-class";
  /** Label holding the machine platform (microarchitecture and chipset). */
  static final String PLATFORM_LABEL = "podsim.io/platform";

  static final Map<String, String> MAPPING_DEFAULTS = Map.of("cpuUnit", "64", "memoryUnit", "256Gi", "maxPods", "110");

  private final ResourceSchema schema;
  private final long cpuUnit;
  private final long memoryUnit;
  private final long maxPods;

  BorgPods(ResourceSchema schema, TraceMapping mapping) {
    this.schema = schema;
    this.cpuUnit = mapping.amount("cpuUnit", ResourceSchema.CPU);
    this.memoryUnit = mapping.amount("memoryUnit", ResourceSchema.MEMORY);
    this.maxPods = mapping.count("maxPods");
  }

  Resources requests(double cpus, double memory) {
    return Resources.of(amounts(cpus, memory));
  }

  private long[] amounts(double cpus, double memory) {
    long[] amounts = new long[schema.size()];
    amounts[ResourceSchema.CPU_INDEX] = Math.round(cpus * cpuUnit);
    amounts[ResourceSchema.MEMORY_INDEX] = Math.round(memory * memoryUnit);
    return amounts;
  }

  /** What a machine event does. */
  enum MachineChange { ADD, REMOVE, UPDATE }

  /**
   * The node a machine event adds: only the first ADD of each machine; removals, updates, repeated
   * additions and machines without capacity are counted in {@code skips} and give null.
   */
  NodeSpec machine(TraceRecord row, MachineChange change, String cpusColumn, String memoryColumn,
      Map<String, String> labels, Set<String> seen, RowSkips skips) {
    String id = row.required("machine_id");
    switch (change) {
      case REMOVE -> skips.count("machine removed (membership changes are not replayed)");
      case UPDATE -> skips.count("machine capacity update (not replayed)");
      case ADD -> {
        if (!seen.add(id)) {
          skips.count("machine added again (membership changes are not replayed)");
        } else if (row.get(cpusColumn).isEmpty() || row.get(memoryColumn).isEmpty()) {
          skips.count("machine without capacity");
        } else {
          return node("machine-" + id, fraction(row, cpusColumn), fraction(row, memoryColumn), labels);
        }
      }
    }
    return null;
  }

  /** A normalized amount; empty is 0. */
  static double fraction(TraceRecord row, String column) {
    if (row.get(column).isEmpty()) {
      return 0;
    }
    double value = row.number(column);
    if (!(value >= 0)) {
      throw new InputError(column + ": expected a normalized amount >= 0, found " + row.get(column));
    }
    return value;
  }

  private NodeSpec node(String name, double cpus, double memory, Map<String, String> extraLabels) {
    long[] amounts = amounts(cpus, memory);
    amounts[ResourceSchema.PODS_INDEX] = maxPods;
    Map<String, String> labels = new LinkedHashMap<>(extraLabels);
    labels.put("kubernetes.io/hostname", name);
    return new NodeSpec(name, Resources.of(amounts), labels, List.of(), false);
  }

  /** A task pod: requests, priority, the job and scheduling class as labels, anti-affine to its job if asked. */
  PodSpec pod(String name, String job, int priority, String schedulingClass, Resources requests, long arrival,
      long duration, boolean differentMachines) {
    // the job recreates tasks the simulated scheduler preempts, as Borg does; the trace's own
    // evictions end a task, and its resubmission is a pod of its own

    Map<String, String> labels = schedulingClass.isEmpty() ? Map.of(JOB_LABEL, job)
        : Map.of(JOB_LABEL, job, CLASS_LABEL, schedulingClass);
    Placement placement = differentMachines ? new Placement(null, null, null, null,
        new PodAffinity(List.of(new PodAffinityTerm(new LabelSelector(Map.of(JOB_LABEL, job), List.of()), null, false,
            "kubernetes.io/hostname")), List.of()), null, null) : Placement.NONE;
    return new PodSpec(name, null, requests, labels, priority, arrival, duration, List.of(), placement, true, job,
        List.of());
  }
}
