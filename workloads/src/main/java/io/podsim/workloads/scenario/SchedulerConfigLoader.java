package io.podsim.workloads.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.podsim.model.InputError;
import io.podsim.policies.SchedulerConfiguration;
import java.io.IOException;
import java.nio.file.Files;
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

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addMixIn(SchedulerConfiguration.class, Lenient.class)
      .addMixIn(SchedulerConfiguration.ProfileConfig.class, Lenient.class);

  private SchedulerConfigLoader() {}

  public static SchedulerConfiguration load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such scheduler configuration file");
    }
    try {
      TypeMeta type = YAML.readValue(file.toFile(), TypeMeta.class);
      if (type == null || !KIND.equals(type.kind())) {
        throw new InputError(file + ": kind: expected " + KIND + ", found '" + (type == null ? "" : type.kind()) + "'");
      }
      if (!API_VERSIONS.contains(type.apiVersion())) {
        throw new InputError(file + ": apiVersion: expected kubescheduler.config.k8s.io/v1, found '"
            + type.apiVersion() + "'");
      }
      return YAML.readValue(file.toFile(), SchedulerConfiguration.class);
    } catch (JsonProcessingException e) {
      throw YamlErrors.toInputError(file, e);
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
  }
}
