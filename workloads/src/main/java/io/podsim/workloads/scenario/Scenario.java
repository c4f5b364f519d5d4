package io.podsim.workloads.scenario;

import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import java.nio.file.Path;
import java.util.List;

/** A validated scenario: the cluster's nodes, the workload to replay, the profiles and options. */
public record Scenario(
    String name,
    long seed,
    long horizon,
    long startupDelay,
    long sampleInterval,
    ResourceSchema schema,
    List<NodeSpec> nodes,
    WorkloadSource workload,
    List<String> profiles,
    Path file) {}
