package io.podsim.workloads.scenario;

import io.podsim.model.InputError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's priority classes, plus Kubernetes' two system classes, resolving a pod's
 * {@code priorityClassName} (or the global default) to its priority and preemption policy.
 */
public final class PriorityClasses {
  /** A pod's resolved priority and whether it may preempt lower-priority pods. */
  public record Resolved(int priority, boolean preempts) {}

  private record PriorityClass(int value, boolean preempts) {}

  private final Map<String, PriorityClass> classes = new LinkedHashMap<>();
  private String globalDefault;

  private PriorityClasses() {
    classes.put("system-cluster-critical", new PriorityClass(2_000_000_000, true));
    classes.put("system-node-critical", new PriorityClass(2_000_001_000, true));
  }

  /** Reads {@code priorityClasses:}; names must be unique and at most one may be the global default. */
  public static PriorityClasses of(List<ScenarioFile.PriorityClassEntry> entries, String path) {
    PriorityClasses result = new PriorityClasses();
    for (int i = 0; entries != null && i < entries.size(); i++) {
      ScenarioFile.PriorityClassEntry entry = entries.get(i);
      String at = path + "[" + i + "]";
      String name = Fields.objectName(Fields.required(entry.name(), at + ".name"), at + ".name");
      int value = Fields.required(entry.value(), at + ".value");
      if (result.classes.containsKey(name)) {
        throw new InputError(at + ".name: priority class '" + name + "' is defined twice");
      }
      if (value > 1_000_000_000) {
        throw new InputError(at + ".value: user classes may not exceed 1000000000, found " + value);
      }
      result.classes.put(name, new PriorityClass(value, preempts(entry.preemptionPolicy(), at + ".preemptionPolicy")));
      if (Boolean.TRUE.equals(entry.globalDefault())) {
        if (result.globalDefault != null) {
          throw new InputError(at + ".globalDefault: only one class may be the global default");
        }
        result.globalDefault = name;
      }
    }
    return result;
  }

  /** A pod's priority: from its class, or its own {@code priority}, or the global default, or 0. */
  public Resolved resolve(Integer priority, String className, String preemptionPolicy, String path) {
    if (className != null && priority != null) {
      throw new InputError(path + ": give either priority or priorityClassName, not both");
    }
    String name = className != null ? className : priority == null ? globalDefault : null;
    if (name == null) {
      return new Resolved(priority == null ? 0 : priority, preempts(preemptionPolicy, path + ".preemptionPolicy"));
    }
    PriorityClass found = classes.get(name);
    if (found == null) {
      throw new InputError(path + ".priorityClassName: unknown priority class '" + name + "'; known: "
          + String.join(", ", classes.keySet()));
    }
    boolean preempts = preemptionPolicy == null ? found.preempts() : preempts(preemptionPolicy, path + ".preemptionPolicy");
    return new Resolved(found.value(), preempts);
  }

  private static boolean preempts(String policy, String path) {
    if (policy == null || policy.equals("PreemptLowerPriority")) {
      return true;
    }
    if (policy.equals("Never")) {
      return false;
    }
    throw new InputError(path + ": expected PreemptLowerPriority or Never, found '" + policy + "'");
  }
}
