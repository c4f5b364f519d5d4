package io.podsim.workloads.cluster;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.Quantity;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import io.podsim.workloads.scenario.ScenarioFile.NodePool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands node pools into nodes named {@code <pool>-<n>} (n from 0). Zones are dealt round-robin
 * into the {@code topology.kubernetes.io/zone} label; racks likewise from {@code racks}, or
 * {@code racksPerZone} racks named {@code <zone>-r<k>} inside each zone, into
 * {@code topology.podsim.io/rack}; hardware becomes labels and the {@code network} resource. A pool
 * without a {@code pods} resource gets Kubernetes' default of 110 pods per node.
 */
public final class NodePools {
  /** The kubelet's default maximum pods per node. */
  public static final long DEFAULT_MAX_PODS = 110;

  private NodePools() {}

  public static List<NodeSpec> expand(ResourceSchema schema, List<NodePool> pools, String path) {
    if (pools == null || pools.isEmpty()) {
      throw new InputError(path + ": at least one node pool is required");
    }
    List<NodeSpec> nodes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < pools.size(); i++) {
      NodePool pool = pools.get(i);
      String at = path + "[" + i + "]";
      String name = Fields.objectName(Fields.required(pool.name(), at + ".name"), at + ".name");
      if (!names.add(name)) {
        throw new InputError(at + ".name: pool '" + name + "' is defined twice");
      }
      int count = Fields.required(pool.count(), at + ".count");
      if (count < 1) {
        throw new InputError(at + ".count: expected a whole number >= 1, found " + count);
      }
      nodes.addAll(expand(schema, pool, count, at));
    }
    return nodes;
  }

  private static List<NodeSpec> expand(ResourceSchema schema, NodePool pool, int count, String at) {
    Map<String, String> resources = Hardware.withBandwidth(Fields.required(pool.resources(), at + ".resources"),
        pool.hardware(), at + ".hardware.networkBandwidth");
    Resources allocatable = withGpus(schema, Fields.resources(schema, resources, at + ".resources"), pool, at);
    if (pool.resources().get(ResourceSchema.PODS) == null) {
      allocatable = allocatable.with(ResourceSchema.PODS_INDEX, DEFAULT_MAX_PODS);
    }
    Map<String, String> labels = new LinkedHashMap<>(Fields.labels(pool.labels(), at + ".labels"));
    labels.putAll(Hardware.nodeLabels(pool.hardware(), at + ".hardware"));
    if (pool.gpus() != null && pool.gpus().model() != null) {
      labels.put(GpuRequest.MODEL_LABEL, pool.gpus().model());
    }
    if (pool.racks() != null && pool.racksPerZone() != null) {
      throw new InputError(at + ": give racks or racksPerZone, not both");
    }
    int racksPerZone = pool.racksPerZone() == null ? 0 : pool.racksPerZone();
    var taints = Fields.taints(pool.taints(), at + ".taints");
    List<String> zones = pool.zones() == null ? List.of() : pool.zones();
    boolean cordoned = Boolean.TRUE.equals(pool.unschedulable());
    Map<String, Long> images = new LinkedHashMap<>();
    for (int i = 0; pool.images() != null && i < pool.images().size(); i++) {
      ScenarioFile.ImageEntry image = pool.images().get(i);
      String path = at + ".images[" + i + "]";
      images.put(Fields.required(image.name(), path + ".name"),
          Fields.at(path + ".size", () -> Quantity.parseUnits(Fields.required(image.size(), "size"))));
    }
    List<NodeSpec> nodes = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      Map<String, String> nodeLabels = new LinkedHashMap<>(labels);
      String name = pool.name() + "-" + n;
      nodeLabels.put("kubernetes.io/hostname", name);
      if (!zones.isEmpty()) {
        nodeLabels.put(NodeSpec.ZONE_LABEL, zones.get(n % zones.size()));
      }
      if (pool.racks() != null && !pool.racks().isEmpty()) {
        nodeLabels.put(NodeSpec.RACK_LABEL, pool.racks().get(n % pool.racks().size()));
      } else if (racksPerZone > 0) {
        String zone = zones.isEmpty() ? pool.name() : zones.get(n % zones.size());
        int perZoneIndex = zones.isEmpty() ? n : n / zones.size();
        nodeLabels.put(NodeSpec.RACK_LABEL, zone + "-r" + (perZoneIndex % racksPerZone));
      }
      nodes.add(new NodeSpec(name, allocatable, nodeLabels, taints, cordoned, images));
    }
    return nodes;
  }

  /** {@code gpus: {count, model}}: that many GPUs as {@code nvidia.com/gpu} and their thousandths. */
  private static Resources withGpus(ResourceSchema schema, Resources allocatable, NodePool pool, String at) {
    if (pool.gpus() == null) {
      return allocatable;
    }
    int count = Fields.required(pool.gpus().count(), at + ".gpus.count");
    if (count < 1) {
      throw new InputError(at + ".gpus.count: expected a whole number >= 1, found " + count);
    }
    if (pool.resources().containsKey(GpuRequest.COUNT_RESOURCE) || pool.resources().containsKey(GpuRequest.MILLI_RESOURCE)) {
      throw new InputError(at + ": give gpus or the resources " + GpuRequest.COUNT_RESOURCE + " and "
          + GpuRequest.MILLI_RESOURCE + ", not both");
    }
    return allocatable.with(schema.indexOf(GpuRequest.COUNT_RESOURCE), count)
        .with(schema.indexOf(GpuRequest.MILLI_RESOURCE), count * (long) GpuRequest.MILLI_PER_GPU);
  }
}
