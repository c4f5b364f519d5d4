package io.podsim.workloads.manifests;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.podsim.model.InputError;
import io.podsim.model.Placement;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.SimTime;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.workloads.scenario.KubeFields;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a Kubernetes pod (or pod template) into podsim's pod: the effective request (containers
 * summed, the largest init container if larger, plus overhead), labels, namespace, priority (from
 * the pod or its PriorityClass), tolerations, nodeName, nodeSelector, affinity, topology spread,
 * host ports and images. Arrival and run time come from the annotations {@code podsim.io/arrival}
 * and {@code podsim.io/duration} (template first, then the owning object), else 0 and none.
 */
final class PodTemplates {
  static final String ARRIVAL = "podsim.io/arrival";
  static final String DURATION = "podsim.io/duration";

  private PodTemplates() {}

  /** The resource names a pod spec requests, for the scenario's schema. */
  static Set<String> resourceNames(PodSpec spec) {
    Set<String> names = new TreeSet<>();
    containers(spec).forEach(c -> names.addAll(requests(c).keySet()));
    if (spec.getOverhead() != null) {
      names.addAll(spec.getOverhead().keySet());
    }
    return names;
  }

  /** The pod as podsim models it. */
  static io.podsim.model.PodSpec toPod(String name, ObjectMeta template, ObjectMeta owner, PodSpec spec,
      PodContext context, String ownerName, long arrivalShift, String where) {
    Map<String, String> labels = template == null || template.getLabels() == null ? Map.of() : template.getLabels();
    String namespace = template != null && template.getNamespace() != null ? template.getNamespace()
        : owner != null && owner.getNamespace() != null ? owner.getNamespace() : null;
    long arrival = time(annotation(template, owner, ARRIVAL), 0, where + ": annotation " + ARRIVAL) + arrivalShift;
    long duration = time(annotation(template, owner, DURATION), io.podsim.model.PodSpec.NO_DURATION,
        where + ": annotation " + DURATION);
    PriorityClasses.Resolved priority = context.priorityClasses().resolve(spec.getPriority(),
        spec.getPriorityClassName(), spec.getPreemptionPolicy(), where + ".spec");
    Placement placement = context.placement(spec.getNodeName(), spec.getNodeSelector(),
        convert(spec.getAffinity(), KubeFields.Affinity.class), spread(spec), ports(spec), null, List.of(),
        where + ".spec");
    return new io.podsim.model.PodSpec(name, namespace, requests(spec, context.schema(), where), labels,
        priority.priority(), arrival, duration, tolerations(spec, where), placement, priority.preempts(), ownerName,
        containers(spec).stream().map(Container::getImage).filter(i -> i != null && !i.isEmpty()).toList());
  }

  /** Containers summed, raised to the largest init container per resource, plus the pod overhead. */
  static Resources requests(PodSpec spec, ResourceSchema schema, String where) {
    long[] sum = new long[schema.size()];
    for (Container c : orEmpty(spec.getContainers())) {
      add(sum, requests(c), schema, where, 1);
    }
    for (Container c : orEmpty(spec.getInitContainers())) {
      long[] init = new long[schema.size()];
      add(init, requests(c), schema, where, 1);
      for (int r = 0; r < sum.length; r++) {
        sum[r] = Math.max(sum[r], init[r]);
      }
    }
    add(sum, spec.getOverhead() == null ? Map.of() : spec.getOverhead(), schema, where, 1);
    sum[ResourceSchema.PODS_INDEX] = 0;
    return Resources.of(sum);
  }

  private static void add(long[] amounts, Map<String, Quantity> quantities, ResourceSchema schema, String where,
      int sign) {
    quantities.forEach((resource, quantity) -> {
      int index = schema.indexOf(resource);
      if (index < 0) {
        throw new InputError(where + ": unknown resource '" + resource + "'");
      }
      try {
        amounts[index] += sign * ResourceSchema.parseAmount(resource, quantity.toString());
      } catch (InputError e) {
        throw e.at(where + ": " + resource);
      }
    });
  }

  /** A container's requests, or its limits when it sets only limits (as the API server defaults them). */
  private static Map<String, Quantity> requests(Container container) {
    var resources = container.getResources();
    if (resources == null) {
      return Map.of();
    }
    if (resources.getRequests() != null && !resources.getRequests().isEmpty()) {
      return resources.getRequests();
    }
    return resources.getLimits() == null ? Map.of() : resources.getLimits();
  }

  private static List<Container> containers(PodSpec spec) {
    List<Container> all = new ArrayList<>(orEmpty(spec.getContainers()));
    all.addAll(orEmpty(spec.getInitContainers()));
    return all;
  }

  private static List<Toleration> tolerations(PodSpec spec, String where) {
    List<Toleration> result = new ArrayList<>();
    for (var t : orEmpty(spec.getTolerations())) {
      Toleration.Operator operator = "Exists".equals(t.getOperator()) ? Toleration.Operator.EXISTS
          : Toleration.Operator.EQUAL;
      TaintEffect effect = t.getEffect() == null || t.getEffect().isEmpty() ? null : TaintEffect.parse(t.getEffect());
      if (t.getTolerationSeconds() != null && effect != TaintEffect.NO_EXECUTE) {
        throw new InputError(where + ".tolerations: effect must be NoExecute when tolerationSeconds is set");
      }
      result.add(new Toleration(t.getKey(), operator, t.getValue(), effect, t.getTolerationSeconds()));
    }
    return result;
  }

  private static List<KubeFields.TopologySpreadConstraint> spread(PodSpec spec) {
    return orEmpty(spec.getTopologySpreadConstraints()).stream()
        .map(c -> convert(c, KubeFields.TopologySpreadConstraint.class)).toList();
  }

  private static List<KubeFields.HostPort> ports(PodSpec spec) {
    List<KubeFields.HostPort> ports = new ArrayList<>();
    for (Container c : orEmpty(spec.getContainers())) {
      for (ContainerPort port : orEmpty(c.getPorts())) {
        if (port.getHostPort() != null && port.getHostPort() > 0) {
          ports.add(new KubeFields.HostPort(port.getHostPort(), port.getProtocol(), port.getHostIP()));
        }
      }
    }
    return ports;
  }

  private static String annotation(ObjectMeta template, ObjectMeta owner, String key) {
    for (ObjectMeta meta : new ObjectMeta[] {template, owner}) {
      if (meta != null && meta.getAnnotations() != null && meta.getAnnotations().containsKey(key)) {
        return meta.getAnnotations().get(key);
      }
    }
    return null;
  }

  private static long time(String text, long defaultValue, String where) {
    if (text == null) {
      return defaultValue;
    }
    try {
      return SimTime.parse(text);
    } catch (InputError e) {
      throw e.at(where);
    }
  }

  static <T> T convert(Object value, Class<T> type) {
    return value == null ? null : Manifests.JSON.convertValue(value, type);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
