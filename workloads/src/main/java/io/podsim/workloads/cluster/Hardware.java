package io.podsim.workloads.cluster;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.LabelRequirement;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles hardware vocabulary into what every plugin already understands: node labels
 * ({@code nvidia.com/gpu.product}, {@code kubernetes.io/arch}, {@code podsim.io/disk-type}), the
 * {@code network} resource for link bandwidth, and required node affinity on pods.
 */
public final class Hardware {
  public static final String GPU_MODEL_LABEL = GpuRequest.MODEL_LABEL;
  public static final String ARCH_LABEL = "kubernetes.io/arch";
  public static final String DISK_LABEL = "podsim.io/disk-type";
  public static final String NETWORK = "network";

  private Hardware() {}

  /** The labels a node pool's hardware stands for; each field takes one value. */
  public static Map<String, String> nodeLabels(ScenarioFile.Hardware hardware, String path) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (hardware == null) {
      return labels;
    }
    putSingle(labels, GPU_MODEL_LABEL, hardware.gpuModel(), path + ".gpuModel");
    putSingle(labels, ARCH_LABEL, hardware.cpuArch(), path + ".cpuArch");
    putSingle(labels, DISK_LABEL, hardware.diskType(), path + ".diskType");
    return labels;
  }

  /** Node affinity requirements for a pod's hardware: a value or a list of acceptable values each. */
  public static List<LabelRequirement> podRequirements(ScenarioFile.Hardware hardware, String path) {
    List<LabelRequirement> requirements = new ArrayList<>();
    if (hardware == null) {
      return requirements;
    }
    addIn(requirements, GPU_MODEL_LABEL, hardware.gpuModel(), path + ".gpuModel");
    addIn(requirements, ARCH_LABEL, hardware.cpuArch(), path + ".cpuArch");
    addIn(requirements, DISK_LABEL, hardware.diskType(), path + ".diskType");
    return requirements;
  }

  /** The bandwidth as a {@code network} quantity, or null. */
  public static String bandwidth(ScenarioFile.Hardware hardware) {
    return hardware == null ? null : hardware.networkBandwidth();
  }

  /** Adds {@code network: <bandwidth>} to a resource map, refusing to overwrite a declared one. */
  public static Map<String, String> withBandwidth(Map<String, String> resources, ScenarioFile.Hardware hardware,
      String path) {
    String bandwidth = bandwidth(hardware);
    if (bandwidth == null) {
      return resources;
    }
    Map<String, String> merged = new LinkedHashMap<>(resources == null ? Map.of() : resources);
    if (merged.put(NETWORK, bandwidth) != null) {
      throw new InputError(path + ": give the bandwidth either as hardware.networkBandwidth or as the network resource");
    }
    return merged;
  }

  private static void putSingle(Map<String, String> labels, String label, Object value, String path) {
    if (value == null) {
      return;
    }
    if (value instanceof List) {
      throw new InputError(path + ": a node pool has one value, found a list");
    }
    labels.put(label, value.toString());
  }

  private static void addIn(List<LabelRequirement> requirements, String label, Object value, String path) {
    if (value == null) {
      return;
    }
    List<String> values = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
        : List.of(value.toString());
    if (values.isEmpty()) {
      throw new InputError(path + ": expected at least one value");
    }
    requirements.add(new LabelRequirement(label, LabelRequirement.Operator.IN, values));
  }
}
