package io.podsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.metrics.RunResult;
import io.podsim.model.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * matchLabelKeys and mismatchLabelKeys on pod (anti-)affinity terms, as the API server merges them
 * into the term's selector from the incoming pod's labels (MatchLabelKeysInPodAffinity, on by
 * default since Kubernetes 1.31). Two nodes; two v1 pods with required hostname anti-affinity
 * against app=web take one node each; then one v2 pod with the same term. Without keys it is
 * unschedulable (both nodes hold app=web pods); with matchLabelKeys [version] its selector becomes
 * app=web, version in (v2) and it fits (the v1 pods' own terms, version in (v1), do not match it
 * either); with mismatchLabelKeys [version] the selector becomes app=web, version notin (v2), which
 * the v1 pods match, so it stays unschedulable.
 */
class PodAffinityLabelKeysTest {
  private static final String SCENARIO = """
      name: label-keys
      seed: 1
      cluster:
        nodePools:
          - {name: n, count: 2, resources: {cpu: "4", memory: 8Gi}}
      workload:
        pods:
          - {name: web-v1, count: 2, arrival: 0s, requests: {cpu: 500m}, labels: {app: web, version: v1},
             affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [TERM]}}}
          - {name: web-v2, arrival: 1s, requests: {cpu: 500m}, labels: {app: web, version: v2},
             affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [TERM]}}}
      profiles: [kube-default]
      """;
  private static final String TERM = "{labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname%s}";

  @TempDir
  Path dir;

  @ParameterizedTest(name = "with ''{0}'' {1} pod stays unschedulable")
  @CsvSource(delimiter = '|', value = {
    "| 1",
    ", matchLabelKeys: [version] | 0",
    ", mismatchLabelKeys: [version] | 1",
    ", matchLabelKeys: [track] | 1"})
  void theIncomingPodsLabelValuesJoinTheSelector(String keys, long unschedulable) throws IOException {
    RunResult result = Podsim.run(Podsim.load(write(keys == null ? "" : keys)), "kube-default", 1);
    assertThat(result.pods().total()).isEqualTo(3);
    assertThat(result.pods().unschedulable()).isEqualTo(unschedulable);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @CsvSource(delimiter = '|', value = {
    ", matchLabelKeys: [app] | matchLabelKeys[0]: 'app' is also in labelSelector; the API server refuses a key in both",
    ", matchLabelKeys: [version], mismatchLabelKeys: [version] | mismatchLabelKeys[0]: 'version' is also in"
        + " matchLabelKeys; a key may be in one of them only",
    ", matchLabelKeys: ['-bad'] | matchLabelKeys[0]: '-bad' "})
  void keysTheApiServerRejectsAreOneClearLine(String keys, String expected) throws IOException {
    Path scenario = write(keys);
    assertThatThrownBy(() -> Podsim.load(scenario)).isInstanceOf(InputError.class).hasMessageContaining(expected);
  }

  private Path write(String keys) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO.replace("TERM", TERM.formatted(keys)));
    return file;
  }
}
