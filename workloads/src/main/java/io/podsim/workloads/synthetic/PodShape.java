package io.podsim.workloads.synthetic;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import io.podsim.model.Toleration;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.List;
import java.util.Map;

/** One request shape of a synthetic workload and its draw weight. */
record PodShape(String name, double weight, Resources requests, Map<String, String> labels,
    PriorityClasses.Resolved priority, List<Toleration> tolerations, Placement placement, String owner,
    List<String> images, GpuRequest gpu) {

  static PodShape of(ScenarioFile.Shape spec, PodContext context, String path, int index) {
    double weight = spec.weight() == null ? 1 : spec.weight();
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new InputError(path + ".weight: expected a number > 0, found " + weight);
    }
    GpuRequest gpu = context.gpu(spec.gpu(), path);
    return new PodShape(spec.name() == null ? "shape" + index : spec.name(), weight,
        context.withGpu(context.requests(Fields.required(spec.requests(), path + ".requests"), spec.overhead(), spec.hardware(), path),
            gpu),
        Fields.labels(spec.labels(), path + ".labels"),
        context.priorityClasses().resolve(spec.priority(), spec.priorityClassName(), spec.preemptionPolicy(), path),
        Fields.tolerations(spec.tolerations(), path + ".tolerations"),
        context.placement(null, spec.nodeSelector(), spec.affinity(), spec.topologySpreadConstraints(),
            spec.hostPorts(), spec.hardware(), spec.datasets(), path),
        spec.owner(), spec.images() == null ? List.of() : spec.images(), gpu);
  }

  PodSpec pod(String podName, long arrival, long duration) {
    return new PodSpec(podName, null, requests, labels, priority.priority(), arrival, duration, tolerations, placement,
        priority.preempts(), owner, images, gpu);
  }
}
