package io.podsim.policies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import io.podsim.policies.yaml.StrictYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1) as a cluster operator
 * has it, strictly, as kube-scheduler's strict decoding does: a field the API does not define is an
 * error; fields it defines that do not shape placement (clientConnection, leaderElection, ...) are
 * accepted and listed in {@link SchedulerConfiguration#ignoredFields}, never dropped in silence.
 */
public final class SchedulerConfigLoader {
  private static final Set<String> API_VERSIONS =
      Set.of("kubescheduler.config.k8s.io/v1", "kubescheduler.config.k8s.io/v1beta3");
  private static final String KIND = "KubeSchedulerConfiguration";
  /** The v1 fields podsim reads. */
  private static final List<String> READ = List.of("apiVersion", "kind", "percentageOfNodesToScore",
      "podInitialBackoffSeconds", "podMaxBackoffSeconds", "profiles");
  /** The v1 fields that do not shape placement, or that podsim does not model yet (extenders). */
  private static final List<String> IGNORED = List.of("parallelism", "leaderElection", "clientConnection",
      "enableProfiling", "enableContentionProfiling", "healthzBindAddress", "metricsBindAddress", "extenders",
      "delayCacheUntilActive");
  /** A profile's v1 fields, and podsim's own tieBreak and description. */
  private static final List<String> PROFILE_FIELDS = List.of("schedulerName", "percentageOfNodesToScore", "plugins",
      "pluginConfig", "tieBreak", "description");

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
    List<String> ignored = checkFields(document, file);
    return StrictYaml.bind(YAML, document, SchedulerConfiguration.class, file).withIgnoredFields(ignored);
  }

  /** Fails on a field the API does not define; returns the defined ones podsim ignores, in file order. */
  private static List<String> checkFields(Object document, Path file) {
    List<String> ignored = new ArrayList<>();
    if (!(document instanceof Map<?, ?> fields)) {
      return ignored;
    }
    for (Object key : fields.keySet()) {
      String name = String.valueOf(key);
      if (IGNORED.contains(name)) {
        ignored.add(name);
      } else if (!READ.contains(name)) {
        throw new InputError(file + ": " + name + ": unknown field of a KubeSchedulerConfiguration (kube-scheduler"
            + " decodes it strictly); known: " + String.join(", ", READ) + ", " + String.join(", ", IGNORED));
      }
    }
    if (fields.get("profiles") instanceof List<?> profiles) {
      for (int i = 0; i < profiles.size(); i++) {
        if (profiles.get(i) instanceof Map<?, ?> profile) {
          for (Object key : profile.keySet()) {
            if (!PROFILE_FIELDS.contains(String.valueOf(key))) {
              throw new InputError(file + ": profiles[" + i + "]." + key + ": unknown field of a scheduler profile;"
                  + " known: " + String.join(", ", PROFILE_FIELDS));
            }
          }
        }
      }
    }
    return ignored;
  }
}
