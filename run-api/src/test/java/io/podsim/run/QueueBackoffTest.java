package io.podsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.cluster.Pod;
import io.podsim.engine.SimulationListener;
import io.podsim.model.InputError;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * podInitialBackoffSeconds and podMaxBackoffSeconds of a KubeSchedulerConfiguration drive the queue's
 * backoff (kube-scheduler's calculateBackoffDuration), with its defaults and its validation. On one
 * 4-cpu node, a (4 cpu) runs from 0 s to 3 s; c (1 cpu) arrives at 2 s and fails; a's end moves c
 * back, and c binds once its backoff since the failure at 2 s is over: at 3 s by default (1 s), at
 * 2 s + the configured initial backoff otherwise.
 */
class QueueBackoffTest {
  private static final String SCENARIO = """
      name: backoff
      seed: 1
      schedulerConfig: k.yaml
      cluster:
        nodePools:
          - {name: n, count: 1, resources: {cpu: "4", memory: 8Gi}}
      workload:
        pods:
          - {name: a, arrival: 0s, duration: 3s, requests: {cpu: "4"}}
          - {name: c, arrival: 2s, duration: 1s, requests: {cpu: "1"}}
      """;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "with ''{0}'' the second pod binds at {1} s")
  @CsvSource(delimiter = '|', value = {
    "| 3",
    "podInitialBackoffSeconds: 5 | 7",
    "podInitialBackoffSeconds: 5; podMaxBackoffSeconds: 5 | 7",
    "podInitialBackoffSeconds: 1; podMaxBackoffSeconds: 1 | 3",
    "podMaxBackoffSeconds: 60 | 3"})
  void theConfiguredBackoffDecidesWhenAFailedPodIsRetried(String fields, long bindSeconds) throws IOException {
    Scenario scenario = Podsim.load(write(fields == null ? "" : fields));
    Map<String, Long> binds = new HashMap<>();
    SimulationListener observer = new SimulationListener() {
      @Override
      public void onPodBound(long now, Pod pod) {
        binds.put(pod.spec().name(), now);
      }
    };
    new Runner().run(new RunSpec(scenario, "slow", 1), List.of(), List.of(observer));
    assertThat(binds).containsEntry("a", 0L).containsEntry("c", bindSeconds * 1_000_000L);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @CsvSource(delimiter = '|', value = {
    "podInitialBackoffSeconds: 0 | k.yaml: podInitialBackoffSeconds: expected a whole number of seconds above 0, found 0",
    "podInitialBackoffSeconds: -2 | k.yaml: podInitialBackoffSeconds: expected a whole number of seconds above 0,"
        + " found -2",
    "podInitialBackoffSeconds: 5; podMaxBackoffSeconds: 3 | k.yaml: podMaxBackoffSeconds: expected at least"
        + " podInitialBackoffSeconds (5), found 3",
    "podMaxBackoffSeconds: 0 | k.yaml: podMaxBackoffSeconds: expected at least podInitialBackoffSeconds (1), found 0"})
  void backoffsThatKubeSchedulerRejectsAreOneClearLine(String fields, String expected) throws IOException {
    Path scenario = write(fields);
    assertThatThrownBy(() -> Podsim.load(scenario)).isInstanceOf(InputError.class).hasMessageEndingWith(expected);
  }

  private Path write(String fields) throws IOException {
    Files.writeString(dir.resolve("k.yaml"), "apiVersion: kubescheduler.config.k8s.io/v1\n"
        + "kind: KubeSchedulerConfiguration\n" + fields.replace("; ", "\n") + "\nprofiles:\n  - schedulerName: slow\n");
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    return file;
  }
}
