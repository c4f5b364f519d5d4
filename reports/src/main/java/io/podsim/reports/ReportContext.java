package io.podsim.reports;

import java.util.List;
import java.util.Map;

/**
 * What the HTML report says about the scenario beyond the run outputs: the cluster's node groups,
 * each profile's plugins and weights, and the reproducibility stamp (podsim version, seeds, a hash
 * of every input file).
 */
public record ReportContext(
    String scenario,
    String version,
    List<Long> seeds,
    List<String> nodeGroups,
    List<String> workload,
    Map<String, List<String>> profiles,
    Map<String, String> inputHashes) {}
