package io.podsim.workloads.scenario;

import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated scenario: the cluster's nodes, the workload to replay, the profiles to run (from the
 * catalog), options, and every input file it read (the scenario, traces, scheduler configuration).
 */
public record Scenario(
    String name,
    long seed,
    List<Long> seeds,
    long horizon,
    long startupDelay,
    long sampleInterval,
    ResourceSchema schema,
    List<NodeSpec> nodes,
    WorkloadSource workload,
    List<String> profiles,
    ProfileCatalog catalog,
    Path file,
    List<Path> inputs) {}
