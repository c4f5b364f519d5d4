package io.podsim.workloads.scenario;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands {@code workload.pods}: an entry with {@code count: n} becomes pods {@code <name>-0 …
 * <name>-(n-1)}, owned by a workload named after the entry (so an evicted replica is recreated)
 * unless {@code owner} says otherwise.
 */
final class InlinePods {
  private InlinePods() {}

  static List<PodSpec> expand(PodContext context, List<ScenarioFile.InlinePod> entries, String path) {
    List<PodSpec> pods = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; entries != null && i < entries.size(); i++) {
      ScenarioFile.InlinePod entry = entries.get(i);
      String at = path + "[" + i + "]";
      String name = Fields.objectName(Fields.required(entry.name(), at + ".name"), at + ".name");
      if (entry.namespace() != null) {
        KubeNames.require(KubeNames.dns1123Label(entry.namespace()), at + ".namespace", "namespace", entry.namespace());
      }
      int count = entry.count() == null ? 1 : entry.count();
      if (count < 1) {
        throw new InputError(at + ".count: expected a whole number >= 1, found " + count);
      }
      PodLimits.require((long) pods.size() + count, PodLimits.MAX_LISTED, at + ".count");
      GpuRequest gpu = context.gpu(entry.gpu(), at);
      Resources requests = context.withGpu(context.requests(entry.requests(), entry.overhead(), entry.hardware(), at), gpu);
      long arrival = Fields.time(entry.arrival(), at + ".arrival", 0);
      long duration = Fields.time(entry.duration(), at + ".duration", PodSpec.NO_DURATION);
      var labels = Fields.labels(entry.labels(), at + ".labels");
      var tolerations = Fields.tolerations(entry.tolerations(), at + ".tolerations");
      PriorityClasses.Resolved priority = context.priorityClasses().resolve(entry.priority(), entry.priorityClassName(),
          entry.preemptionPolicy(), at);
      String owner = entry.owner() != null ? entry.owner() : entry.count() != null ? name : null;
      Placement placement = context.placement(entry.nodeName(), entry.nodeSelector(), entry.affinity(),
          entry.topologySpreadConstraints(), entry.hostPorts(), entry.hardware(), entry.datasets(), at);
      for (int n = 0; n < count; n++) {
        String podName = entry.count() == null ? name : name + "-" + n;
        String key = (entry.namespace() == null ? "default" : entry.namespace()) + "/" + podName;
        if (!names.add(key)) {
          throw new InputError(at + ".name: a pod named '" + podName + "' is already listed in its namespace; pod"
              + " names must be unique");
        }
        pods.add(new PodSpec(podName, entry.namespace(), requests, labels, priority.priority(), arrival, duration,
            tolerations, placement, priority.preempts(), owner, entry.images(), gpu));
      }
    }
    return pods;
  }
}
