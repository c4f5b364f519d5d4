package io.podsim.workloads.scenario;

import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.SimTime;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Converts scenario values to the model, naming the YAML path of any bad value. */
public final class Fields {
  private Fields() {}

  /** Runs a conversion, prefixing any input error with the YAML path. */
  public static <T> T at(String path, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InputError e) {
      throw e.at(path);
    }
  }

  /** A required value. */
  public static <T> T required(T value, String path) {
    if (value == null) {
      throw new InputError(path + ": required, but missing (or null)");
    }
    return value;
  }

  /** A duration or time such as {@code 90s}, or the default when absent. */
  public static long time(String text, String path, long defaultValue) {
    return text == null ? defaultValue : at(path, () -> SimTime.parse(text));
  }

  /** A resource map such as {@code {cpu: 500m, memory: 1Gi}}; absent means none. */
  public static Resources resources(ResourceSchema schema, Map<String, String> quantities, String path) {
    return at(path, () -> Resources.parse(schema, quantities == null ? Map.of() : quantities));
  }

  public static List<Taint> taints(List<ScenarioFile.TaintEntry> entries, String path) {
    List<Taint> taints = new ArrayList<>();
    for (int i = 0; entries != null && i < entries.size(); i++) {
      ScenarioFile.TaintEntry entry = entries.get(i);
      String at = path + "[" + i + "]";
      taints.add(new Taint(required(entry.key(), at + ".key"), entry.value(),
          at(at + ".effect", () -> TaintEffect.parse(required(entry.effect(), "effect")))));
    }
    return taints;
  }

  public static List<Toleration> tolerations(List<ScenarioFile.TolerationEntry> entries, String path) {
    List<Toleration> tolerations = new ArrayList<>();
    for (int i = 0; entries != null && i < entries.size(); i++) {
      ScenarioFile.TolerationEntry entry = entries.get(i);
      String at = path + "[" + i + "]";
      Toleration.Operator operator = operator(entry.operator(), at + ".operator");
      // The API server's validateTolerations.
      if (operator == Toleration.Operator.EXISTS && entry.value() != null && !entry.value().isEmpty()) {
        throw new InputError(at + ".value: must be empty when operator is Exists, found '"
            + InputError.excerpt(entry.value()) + "'");
      }
      if ((entry.key() == null || entry.key().isEmpty()) && operator != Toleration.Operator.EXISTS) {
        throw new InputError(at + ".operator: must be Exists when key is empty (a toleration of every taint)");
      }
      if (entry.key() != null && !entry.key().isEmpty()) {
        KubeNames.require(KubeNames.qualifiedName(entry.key()), at + ".key", "key", entry.key());
      }
      TaintEffect effect = entry.effect() == null ? null : at(at + ".effect", () -> TaintEffect.parse(entry.effect()));
      if (entry.tolerationSeconds() != null && effect != TaintEffect.NO_EXECUTE) {
        throw new InputError(at + ".tolerationSeconds: effect must be NoExecute when tolerationSeconds is set");
      }
      tolerations.add(new Toleration(entry.key(), operator, entry.value(), effect, entry.tolerationSeconds()));
    }
    return tolerations;
  }

  private static Toleration.Operator operator(String text, String path) {
    if (text == null || text.equals("Equal")) {
      return Toleration.Operator.EQUAL;
    }
    if (text.equals("Exists")) {
      return Toleration.Operator.EXISTS;
    }
    throw new InputError(path + ": expected Equal or Exists, found '" + text + "'");
  }

  /** Labels (or a node selector), keys and values checked as the API server checks them. */
  public static Map<String, String> labels(Map<String, String> labels, String path) {
    if (labels == null) {
      return Map.of();
    }
    labels.forEach((key, value) -> {
      if (key == null || key.isBlank()) {
        throw new InputError(path + ": a label key is empty");
      }
      KubeNames.require(KubeNames.qualifiedName(key), path, "label key", key);
      KubeNames.require(KubeNames.labelValue(value), path + "." + key, "label value", value);
    });
    return labels;
  }

  /** An object name the API server accepts (a DNS-1123 subdomain, as pods and nodes have). */
  public static String objectName(String name, String path) {
    KubeNames.require(KubeNames.dns1123Subdomain(name), path, "name", name);
    return name;
  }
}
