package io.podsim.workloads.scenario;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.LabelRequirement;
import io.podsim.model.Placement;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.cluster.Hardware;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What turning a scenario pod into a model pod needs from the rest of the scenario: the resource
 * schema, the priority classes and the data set names.
 */
public record PodContext(ResourceSchema schema, PriorityClasses priorityClasses, Set<String> datasets) {
  /** Requests, with the hardware's bandwidth added as the {@code network} resource. */
  public Resources requests(Map<String, String> requests, ScenarioFile.Hardware hardware, String path) {
    return Fields.resources(schema, Hardware.withBandwidth(requests, hardware, path + ".hardware"),
        path + ".requests");
  }

  /**
   * The effective requests with the pod's {@code overhead} added, as kube-scheduler's PodRequests
   * adds spec.overhead (the runtime's own cost, usually set from a RuntimeClass).
   */
  public Resources requests(Map<String, String> requests, Map<String, String> overhead, ScenarioFile.Hardware hardware,
      String path) {
    Resources effective = requests(requests, hardware, path);
    return overhead == null ? effective : effective.plus(Fields.resources(schema, overhead, path + ".overhead"));
  }

  /** The pod's GPU device request ({@link GpuRequest#NONE} without {@code gpu:}). */
  public GpuRequest gpu(ScenarioFile.GpuDemand demand, String path) {
    if (demand == null) {
      return GpuRequest.NONE;
    }
    int count = Fields.required(demand.count(), path + ".gpu.count");
    int milli = demand.milli() == null ? GpuRequest.MILLI_PER_GPU : demand.milli();
    return Fields.at(path, () -> new GpuRequest(count, milli, demand.models()));
  }

  /** The requests with the GPU request's thousandths added as {@link GpuRequest#MILLI_RESOURCE}. */
  public Resources withGpu(Resources requests, GpuRequest gpu) {
    return gpu.any() ? requests.with(schema.indexOf(GpuRequest.MILLI_RESOURCE), gpu.totalMilli()) : requests;
  }

  /** Placement from Kubernetes fields, with hardware compiled into required node affinity. */
  public Placement placement(String nodeName, Map<String, String> nodeSelector, KubeFields.Affinity affinity,
      List<KubeFields.TopologySpreadConstraint> spread, List<KubeFields.HostPort> ports,
      ScenarioFile.Hardware hardware, List<String> podDatasets, String path) {
    List<LabelRequirement> required = Hardware.podRequirements(hardware, path + ".hardware");
    List<String> reads = podDatasets == null ? List.of() : podDatasets;
    for (int i = 0; i < reads.size(); i++) {
      if (!datasets.contains(reads.get(i))) {
        throw new InputError(path + ".datasets[" + i + "]: unknown data set '" + reads.get(i) + "'; known: "
            + String.join(", ", datasets));
      }
    }
    return PlacementParser.parse(nodeName, nodeSelector, affinity, spread, ports, required, reads, path);
  }
}
