package io.podsim.workloads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.TaintEffect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
  static final String VALID = """
      name: small
      seed: 3
      horizon: 1h
      cluster:
        nodePools:
          - name: general
            count: 4
            resources: {cpu: "16", memory: 64Gi}
            zones: [a, b, c]
            taints: [{key: dedicated, value: batch, effect: NoSchedule}]
          - name: gpu
            count: 1
            resources: {cpu: "8", memory: 32Gi, nvidia.com/gpu: 4, pods: 20}
      workload:
        pods:
          - {name: web, count: 2, arrival: 5s, duration: 10m, requests: {cpu: 500m, memory: 1Gi}, labels: {app: web}}
          - {name: solo, arrival: 1s, requests: {nvidia.com/gpu: 1}, priority: 7, tolerations: [{operator: Exists}]}
        trace: {format: csv, path: trace.csv}
      profiles: [most-allocated]
      """;

  @TempDir
  Path dir;

  @Test
  void loadsNodePoolsWithNamesZonesTaintsAndDefaults() throws IOException {
    Scenario scenario = load(VALID);
    assertThat(scenario.name()).isEqualTo("small");
    assertThat(scenario.seed()).isEqualTo(3);
    assertThat(scenario.horizon()).isEqualTo(3_600_000_000L);
    assertThat(scenario.profiles()).containsExactly("most-allocated");
    assertThat(scenario.schema().names()).containsExactly("cpu", "memory", "ephemeral-storage", "pods", "nvidia.com/gpu");
    assertThat(scenario.nodes()).extracting(NodeSpec::name)
        .containsExactly("general-0", "general-1", "general-2", "general-3", "gpu-0");
    assertThat(scenario.nodes()).extracting(n -> n.labels().get(NodeSpec.ZONE_LABEL))
        .containsExactly("a", "b", "c", "a", null);
    NodeSpec first = scenario.nodes().get(0);
    assertThat(first.allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(16_000);
    assertThat(first.allocatable().get(ResourceSchema.PODS_INDEX)).isEqualTo(110);
    assertThat(first.taints()).singleElement().satisfies(t -> assertThat(t.effect()).isEqualTo(TaintEffect.NO_SCHEDULE));
    assertThat(scenario.nodes().get(4).allocatable().get(ResourceSchema.PODS_INDEX)).isEqualTo(20);
    assertThat(scenario.nodes().get(4).allocatable().get(4)).isEqualTo(4);
  }

  @Test
  void mergesInlinePodsAndTheTraceInArrivalOrder() throws IOException {
    Scenario scenario = load(VALID);
    List<PodSpec> pods = new ArrayList<>();
    try (PodStream stream = scenario.workload().open(1)) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    assertThat(pods).extracting(PodSpec::name).containsExactly("t0", "solo", "t1", "web-0", "web-1");
    assertThat(pods.get(1).priority()).isEqualTo(7);
    assertThat(pods.get(3).duration()).isEqualTo(600_000_000L);
    assertThat(ScenarioLoader.countPods(scenario)).isEqualTo(5);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("an unknown top-level key", VALID.replace("seed: 3", "sed: 3"),
            "scenario.yaml:2:1: unknown key 'sed'; expected one of: cluster, datasets, horizon, name,"),
        Arguments.of("an unknown key in a node pool", VALID.replace("count: 4", "cnt: 4"),
            "scenario.yaml:7:7: cluster.nodePools[0]: unknown key 'cnt'"),
        Arguments.of("a malformed quantity", VALID.replace("cpu: \"16\"", "cpu: 16x"),
            "scenario.yaml: cluster.nodePools[0].resources: cpu: invalid quantity '16x'"),
        Arguments.of("a negative quantity", VALID.replace("memory: 64Gi", "memory: -64Gi"),
            "scenario.yaml: cluster.nodePools[0].resources: memory: quantity '-64Gi' is negative"),
        Arguments.of("a count that is not a number", VALID.replace("count: 4", "count: four"),
            "scenario.yaml:7:14: cluster.nodePools[0].count: expected a whole number, found 'four'"),
        Arguments.of("a missing trace file", VALID.replace("trace.csv", "missing.csv"),
            "scenario.yaml: workload.trace.path: no such file or folder: "),
        Arguments.of("an unknown trace format", VALID.replace("format: csv", "format: parquet"),
            "scenario.yaml: workload.trace.format: unknown trace format 'parquet'; known: [csv, alibaba-gpu-2023, "),
        Arguments.of("a mapping choice the format lacks", VALID.replace("format: csv", "format: csv, mapping: {cpuUnit: 64}"),
            "scenario.yaml: workload.trace.mapping.cpuUnit: this format has no such mapping choice; it has none"),
        Arguments.of("a scaled resource the scenario lacks", VALID.replace("format: csv", "format: csv, resourceScale: {gpu: 2}"),
            "scenario.yaml: workload.trace.resourceScale.gpu: unknown resource; known: cpu, memory, "),
        Arguments.of("an unknown profile", VALID.replace("[most-allocated]", "[most-allocated, fastest]"),
            "scenario.yaml: profiles[1]: unknown profile 'fastest'"),
        Arguments.of("a malformed duration", VALID.replace("duration: 10m", "duration: ten minutes"),
            "scenario.yaml: workload.pods[0].duration: invalid duration 'ten minutes'"),
        Arguments.of("a misspelt taint effect", VALID.replace("effect: NoSchedule", "effect: NoScheduling"),
            "scenario.yaml: cluster.nodePools[0].taints[0].effect: invalid taint effect 'NoScheduling'"),
        Arguments.of("a node pool without a name", VALID.replace("- name: gpu", "- nam: gpu"),
            "unknown key 'nam'"),
        Arguments.of("a scenario without a workload", VALID.substring(0, VALID.indexOf("workload:")),
            "scenario.yaml: workload: required, but missing (or null)"),
        Arguments.of("a list where a mapping belongs", VALID.replace("resources: {cpu: \"8\", memory: 32Gi, nvidia.com/gpu: 4, pods: 20}", "resources: [8]"),
            "cluster.nodePools[1].resources: expected a mapping of keys to values"),
        Arguments.of("broken YAML", VALID.replace("zones: [a, b, c]", "zones: [a, b"),
            "scenario.yaml:"),
        Arguments.of("a fill of a resource the scenario lacks", VALID.replace("trace: {format: csv, path: trace.csv}",
            "trace: {format: csv, path: trace.csv}\n  fill: {resource: gpu, share: 1}"),
            "scenario.yaml: workload.fill.resource: 'gpu' is not a resource of this scenario"),
        Arguments.of("a fill share of zero", VALID.replace("trace: {format: csv, path: trace.csv}",
            "trace: {format: csv, path: trace.csv}\n  fill: {resource: cpu, share: 0}"),
            "scenario.yaml: workload.fill.share: expected a share of the cluster's cpu above 0 and at most 100"),
        Arguments.of("two pools whose nodes share names", VALID.replace("- name: gpu", "- name: general"),
            "cluster.nodePools[1].name: pool 'general' is defined twice"),
        Arguments.of("two inline pods of one name", VALID.replace("{name: solo,", "{name: web-1,"),
            "scenario.yaml: workload.pods[1].name: a pod named 'web-1' is already listed in its namespace"),
        Arguments.of("a pool name the API server would refuse", VALID.replace("- name: gpu", "- name: GPU_nodes"),
            "cluster.nodePools[1].name: name 'GPU_nodes' must be lowercase letters, digits, '-' and '.'"),
        Arguments.of("a sample interval under a millisecond", VALID.replace("horizon: 1h", "horizon: 1h\nsampleInterval: 1us"),
            "scenario.yaml: sampleInterval: expected a duration of at least 1ms, found '1us'"),
        Arguments.of("more samples than a run may take", VALID.replace("horizon: 1h", "horizon: 30d\nsampleInterval: 1ms"),
            "scenario.yaml: sampleInterval: 1ms over a horizon of 30d is 2,592,000,000 samples, more than the limit"),
        Arguments.of("a toleration of Exists with a value", VALID.replace("tolerations: [{operator: Exists}]",
            "tolerations: [{key: gpu, operator: Exists, value: yes-please}]"),
            "workload.pods[1].tolerations[0].value: must be empty when operator is Exists, found 'yes-please'"),
        Arguments.of("tolerationSeconds on a toleration that is not NoExecute (validateTolerations)",
            VALID.replace("tolerations: [{operator: Exists}]",
            "tolerations: [{key: gpu, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}]"),
            "workload.pods[1].tolerations[0].tolerationSeconds: effect must be NoExecute when tolerationSeconds is set"),
        Arguments.of("a toleration of Equal without a key", VALID.replace("tolerations: [{operator: Exists}]",
            "tolerations: [{value: x}]"),
            "workload.pods[1].tolerations[0].operator: must be Exists when key is empty"),
        Arguments.of("a node selector requirement whose key is no label key", VALID.replace(
            "tolerations: [{operator: Exists}]", "affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution:"
            + " {nodeSelectorTerms: [{matchExpressions: [{key: 'bad key', operator: Exists}]}]}}}"),
            "matchExpressions[0]: key 'bad key' has a name that is not letters, digits"),
        Arguments.of("more seeds than a run may take", VALID.replace("seed: 3", "seeds: " + LongStream.range(0, 10_001)
            .boxed().toList()), "scenario.yaml: seeds: 10001 seeds, more than the limit of 10000"),
        Arguments.of("more inline pods than may be held", VALID.replace("count: 2,", "count: 20000000,"),
            "workload.pods[0].count: asks for 20,000,000 pods, more than the limit of 10,000,000"),
        Arguments.of("a started-within limit of zero", VALID.replace("horizon: 1h", "horizon: 1h\nstartedWithin: [0s]"),
            "scenario.yaml: startedWithin[0]: expected a duration > 0 not listed before, found '0s'"));
  }

  @ParameterizedTest(name = "{0} is reported with where it is")
  @MethodSource("mistakes")
  void aMistakeGivesOneClearLine(String description, String yaml, String expected) {
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(InputError.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(expected)
            .startsWith(dir.resolve("scenario.yaml").toString()));
  }

  @Test
  void aFillDrawsFromTheWorkloadUntilTheClustersShareHasArrived() throws IOException {
    Scenario scenario = load(VALID.replace("trace: {format: csv, path: trace.csv}",
        "trace: {format: csv, path: trace.csv}\n  fill: {resource: cpu, share: 0.5, every: 2s}"));
    List<PodSpec> pods = new ArrayList<>();
    try (PodStream stream = scenario.workload().open(1)) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        pods.add(pod);
      }
    }
    long capacity = 4 * 16_000 + 8_000;
    long arrived = pods.stream().mapToLong(p -> p.requests().get(ResourceSchema.CPU_INDEX)).sum();
    assertThat(arrived).isGreaterThanOrEqualTo(capacity / 2);
    assertThat(arrived - pods.get(pods.size() - 1).requests().get(ResourceSchema.CPU_INDEX)).isLessThan(capacity / 2);
    assertThat(pods).allSatisfy(p -> assertThat(p.hasDuration()).isFalse());
    assertThat(pods.get(1).arrival()).isEqualTo(2_000_000L);
  }

  @Test
  void startedWithinDefaultsToKubernetesPodStartupSlo() throws IOException {
    assertThat(load(VALID).startedWithin()).containsExactly(5_000_000L);
    assertThat(load(VALID.replace("horizon: 1h", "horizon: 1h\nstartedWithin: [1m, 5s]")).startedWithin())
        .containsExactly(60_000_000L, 5_000_000L);
  }

  @Test
  void aMissingScenarioFileIsAUserError() {
    assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("nope.yaml"))).isInstanceOf(InputError.class)
        .hasMessageEndingWith("nope.yaml: no such scenario file");
  }

  @Test
  void aPodsOverheadIsAddedToItsRequestsAsKubeSchedulerCountsIt() throws IOException {
    Scenario scenario = load(VALID.replace("requests: {nvidia.com/gpu: 1},",
        "requests: {nvidia.com/gpu: 1, cpu: \"1\"}, overhead: {cpu: 250m, memory: 64Mi},"));
    PodSpec solo = PodStream.readAll(scenario.workload().open(1)).stream().filter(p -> p.name().equals("solo"))
        .findFirst().orElseThrow();
    assertThat(solo.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(1_250);
    assertThat(solo.requests().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(64L << 20);
  }

  @Test
  void aNoExecuteTolerationKeepsItsTolerationSeconds() throws IOException {
    Scenario scenario = load(VALID.replace("tolerations: [{operator: Exists}]",
        "tolerations: [{key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60}]"));
    PodSpec solo = PodStream.readAll(scenario.workload().open(1)).stream().filter(p -> p.name().equals("solo"))
        .findFirst().orElseThrow();
    assertThat(solo.tolerations()).singleElement().satisfies(t -> {
      assertThat(t.effect()).isEqualTo(TaintEffect.NO_EXECUTE);
      assertThat(t.tolerationSeconds()).isEqualTo(60L);
    });
  }

  private Scenario load(String yaml) throws IOException {
    Files.writeString(dir.resolve("trace.csv"), "name,arrival,duration,cpu,memory\nt0,0,60,100m,128Mi\nt1,3,,1,1Gi\n");
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return ScenarioLoader.load(file);
  }
}
