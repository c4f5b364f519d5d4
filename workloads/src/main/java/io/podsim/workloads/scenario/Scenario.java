package io.podsim.workloads.scenario;

import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario: the cluster's nodes, the workload to replay, the profiles to run (from the
 * catalog), options (among them the limits of the started-within shares, in microseconds), every input file it read (the scenario, traces, scheduler configuration), the
 * workload's sources by label (merged into {@code workload}), and notes on the nodes read from each
 * source and what was skipped and why.
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
    List<String> readNotes) {
  /** The most seeds one run may ask for: each is a full run of every profile. */
  public static final int MAX_SEEDS = 10_000;
}
