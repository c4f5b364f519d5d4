package io.podsim.workloads.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.policies.yaml.StrictYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kubernetes objects of manifest files, read as strict YAML ({@link StrictYaml}): multi-document
 * YAML and {@code List}s (as
 * {@code kubectl get -o yaml} prints them), bound with the fabric8 model. Unknown fields are
 * refused, as {@code kubectl apply --validate=strict} refuses them; kinds podsim does not use
 * (Services, ConfigMaps, ...) are counted.
 */
public record Manifests(List<HasMetadata> objects, Map<String, Integer> ignoredKinds) {
  /** JSON mapper for converting fabric8 objects to podsim's Kubernetes-shaped records. */
  static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
      "Node", Node.class, "Pod", Pod.class, "Deployment", Deployment.class, "ReplicaSet", ReplicaSet.class,
      "StatefulSet", StatefulSet.class, "DaemonSet", DaemonSet.class, "Job", Job.class, "CronJob", CronJob.class,
      "PriorityClass", PriorityClass.class);

  /** The version current Kubernetes releases serve each kind at; older ones (extensions/v1beta1, ...) are gone. */
  private static final Map<String, String> API_VERSIONS = Map.of(
      "Node", "v1", "Pod", "v1", "Deployment", "apps/v1", "ReplicaSet", "apps/v1", "StatefulSet", "apps/v1",
      "DaemonSet", "apps/v1", "Job", "batch/v1", "CronJob", "batch/v1", "PriorityClass", "scheduling.k8s.io/v1");

  private static final UnknownFields UNKNOWN = new UnknownFields(JSON);

  /** Reads every document of every file, in order. */
  public static Manifests read(List<Path> files) {
    List<HasMetadata> objects = new ArrayList<>();
    Map<String, Integer> ignored = new TreeMap<>();
    for (Path file : files) {
      StrictYaml.requireFile(file, "manifest");
      int index = 0;
      for (Object value : StrictYaml.documents(file)) {
        index++;
        JsonNode document;
        try {
          document = JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
          throw new InputError(file + ": document " + index + ": not a Kubernetes object (a key is null or not text)");
        }
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          add(document, file + ": document " + index, objects, ignored);
        }
      }
    }
    return new Manifests(objects, ignored);
  }

  private static void add(JsonNode document, String where, List<HasMetadata> objects, Map<String, Integer> ignored) {
    String kind = document.path("kind").asText("");
    if (kind.isEmpty()) {
      throw new InputError(where + ": kind: required");
    }
    if (kind.equals("List") || kind.endsWith("List")) {
      int item = 0;
      for (JsonNode child : document.path("items")) {
        add(child, where + " items[" + item++ + "]", objects, ignored);
      }
      return;
    }
    Class<? extends HasMetadata> type = KINDS.get(kind);
    if (type == null) {
      ignored.merge(kind, 1, Integer::sum);
      return;
    }
    String apiVersion = document.path("apiVersion").asText("");
    if (!apiVersion.equals(API_VERSIONS.get(kind))) {
      throw new InputError(where + " (" + kind + "): apiVersion: expected " + API_VERSIONS.get(kind) + ", found '"
          + apiVersion + "' (Kubernetes serves " + kind + " only as " + API_VERSIONS.get(kind) + ")");
    }
    checkNames(document, where + " (" + kind + ")");
    try {
      HasMetadata object = JSON.treeToValue(document, type);
      if (object.getMetadata() == null || object.getMetadata().getName() == null) {
        throw new InputError(where + " (" + kind + "): metadata.name: required");
      }
      List<String> unknown = UNKNOWN.of(object);
      if (!unknown.isEmpty()) {
        throw new InputError(where + " (" + kind + " " + object.getMetadata().getName() + "): unknown field"
            + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
            + "; Kubernetes' API defines no such field (kubectl apply --validate=strict refuses it too)");
      }
      objects.add(object);
    } catch (IOException e) {
      throw new InputError(where + " (" + kind + "): " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** Where a manifest carries labels: its own, its pod template's and its selector's. */
  private static final List<String> LABEL_PATHS = List.of("/metadata/labels", "/spec/template/metadata/labels",
      "/spec/jobTemplate/spec/template/metadata/labels", "/spec/selector/matchLabels");

  /** The object's name, namespace and labels, as the API server validates them. */
  private static void checkNames(JsonNode document, String where) {
    String name = document.at("/metadata/name").asText("");
    if (!name.isEmpty()) {
      KubeNames.require(KubeNames.dns1123Subdomain(name), where + ": metadata.name", "name", name);
    }
    String namespace = document.at("/metadata/namespace").asText("");
    if (!namespace.isEmpty()) {
      KubeNames.require(KubeNames.dns1123Label(namespace), where + ": metadata.namespace", "namespace", namespace);
    }
    for (String path : LABEL_PATHS) {
      JsonNode labels = document.at(path);
      String at = where + ": " + path.substring(1).replace('/', '.');
      labels.fields().forEachRemaining(label -> {
        KubeNames.require(KubeNames.qualifiedName(label.getKey()), at, "label key", label.getKey());
        KubeNames.require(KubeNames.labelValue(label.getValue().asText()), at + "." + label.getKey(), "label value",
            label.getValue().asText());
      });
    }
  }

  /** The objects of one kind, in file order. */
  public <T extends HasMetadata> List<T> ofKind(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
