package io.podsim.policies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import io.podsim.policies.yaml.StrictYaml;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1) as a cluster operator
 * has it: fields that do not shape placement (clientConnection, leaderElection, ...) are accepted
 * and ignored; plugins and their sets are read strictly.
 */
public final class SchedulerConfigLoader {
  private static final Set<String> API_VERSIONS =
      Set.of("kubescheduler.config.k8s.io/v1", "kubescheduler.config.k8s.io/v1beta3");
  private static final String KIND = "KubeSchedulerConfiguration";

  /** Lets configuration-level records skip the fields podsim has no use for. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  private interface Lenient {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record TypeMeta(String apiVersion, String kind) {}

  private static final ObjectMapper YAML = StrictYaml.mapper()
      .addMixIn(SchedulerConfiguration.class, Lenient.class)
      .addMixIn(SchedulerConfiguration.ProfileConfig.class, Lenient.class);

  private SchedulerConfigLoader() {}

  public static SchedulerConfiguration load(Path file) {
    StrictYaml.requireFile(file, "scheduler configuration");
    Object document = StrictYaml.document(file, "scheduler configuration");
    TypeMeta type = StrictYaml.bind(YAML, document, TypeMeta.class, file);
    if (type == null || !KIND.equals(type.kind())) {
      throw new InputError(file + ": kind: expected " + KIND + ", found '" + (type == null ? "" : type.kind()) + "'");
    }
    if (type.apiVersion() == null || !API_VERSIONS.contains(type.apiVersion())) {
      throw new InputError(file + ": apiVersion: expected kubescheduler.config.k8s.io/v1, found '"
          + type.apiVersion() + "'");
    }
    return StrictYaml.bind(YAML, document, SchedulerConfiguration.class, file);
  }
}
