package io.podsim.workloads.scenario;

import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario: the cluster's nodes, the workload to replay, the profiles to run (from the
 * catalog), options (among them the limits of the started-within shares, in microseconds), every input file it read (the scenario, traces, scheduler configuration), the
 * workload's sources by label (merged into {@code workload}), notes on the nodes read from each
 * source and what was skipped and why, and whether unschedulable pods are retried (as in Kubernetes).
 */
public record Scenario(
    String name,
    long seed,
    List<Long> seeds,
    long horizon,
    long startupDelay,
    long sampleInterval,
    List<Long> startedWithin,
    ResourceSchema schema,
    List<NodeSpec> nodes,
    WorkloadSource workload,
    List<String> profiles,
    ProfileCatalog catalog,
    Path file,
    List<Path> inputs,
    Map<String, WorkloadSource> workloadSources,
    List<String> readNotes,
    boolean retriesUnschedulable) {
  /** The most seeds one run may ask for: each is a full run of every profile. */
  public static final int MAX_SEEDS = 10_000;

  /**
   * A scenario built in code rather than read from a file: seed 1, no horizon, no startup delay,
   * the default sample interval and started-within limits, every profile of the catalog.
   */
  public static Scenario of(String name, ResourceSchema schema, List<NodeSpec> nodes, WorkloadSource workload,
      ProfileCatalog catalog) {
    return new Scenario(name, 1, List.of(1L), SimulationOptions.NO_HORIZON, 0, ScenarioLoader.DEFAULT_SAMPLE_INTERVAL,
        MetricsRecorder.DEFAULT_STARTED_WITHIN, schema, List.copyOf(nodes), workload, List.copyOf(catalog.names()),
        catalog, null, List.of(), Map.of("workload", workload), List.of(), true);
  }

  /** This scenario with each pod given one scheduling attempt: one that fits nowhere ends unschedulable at once. */
  public Scenario withOneAttemptPerPod() {
    return new Scenario(name, seed, seeds, horizon, startupDelay, sampleInterval, startedWithin, schema, nodes,
        workload, profiles, catalog, file, inputs, workloadSources, readNotes, false);
  }
}
