package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code count} services of {@code replicas} identical pods: service i arrives whole at
 * {@code at + i × every}; its pods are owned by it (so preempted replicas are recreated) and carry
 * the {@value #SERVICE_LABEL} label naming it, for selectors and {@code matchLabelKeys}.
 */
record ReplicatedService(String name, int count, int replicas, long at, long every, DurationModel duration,
    PodShape pod) {
  /** The label naming a pod's service instance. */
  static final String SERVICE_LABEL = "podsim.io/service";

  static ReplicatedService of(ScenarioFile.Service spec, PodContext context,
      SyntheticWorkload.TraceRunTimes traces, String path) {
    String name = Fields.objectName(Fields.required(spec.name(), path + ".name"), path + ".name");
    int count = spec.count() == null ? 1 : spec.count();
    int replicas = Fields.required(spec.replicas(), path + ".replicas");
    if (count < 1 || replicas < 1) {
      throw new InputError(path + ": count and replicas must be whole numbers >= 1");
    }
    return new ReplicatedService(name, count, replicas, Fields.time(spec.at(), path + ".at", 0),
        Fields.time(spec.every(), path + ".every", 0), DurationModel.of(spec.duration(), traces, path + ".duration"),
        PodShape.of(Fields.required(spec.pod(), path + ".pod"), context, path + ".pod", 0));
  }

  /** Every pod of every instance, in arrival order. */
  List<PodSpec> pods(RandomGenerator random) {
    LongSupplier durations = duration.sampler(random);
    List<PodSpec> pods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String instance = count == 1 ? name : name + "-" + i;
      Map<String, String> labels = new HashMap<>(pod.labels());
      labels.put(SERVICE_LABEL, instance);
      PodShape replica = new PodShape(instance, pod.weight(), pod.requests(), Map.copyOf(labels), pod.priority(),
          pod.tolerations(), pod.placement(), instance, pod.images(), pod.gpu());
      for (int r = 0; r < replicas; r++) {
        pods.add(replica.pod(instance + "-" + r, at + i * every, durations.getAsLong()));
      }
    }
    return pods;
  }
}
