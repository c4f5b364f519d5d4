package io.podsim.workloads.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/manifests.yaml: Nodes and workloads as Kubernetes writes them. */
class ManifestsTest {
  private static Scenario scenario;
  private static Map<String, PodSpec> pods;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    scenario = ScenarioLoader.load(Path.of("..", "examples", "manifests.yaml"));
    List<PodSpec> read = new ArrayList<>();
    try (PodStream stream = scenario.workload().open(1)) {
      for (PodSpec pod = stream.next(); pod != null; pod = stream.next()) {
        read.add(pod);
      }
    }
    pods = read.stream().collect(Collectors.toMap(PodSpec::name, Function.identity()));
  }

  @Test
  void nodesTakeAllocatableLabelsAndTaints() {
    Map<String, NodeSpec> nodes = scenario.nodes().stream().collect(Collectors.toMap(NodeSpec::name, Function.identity()));
    assertThat(nodes).containsOnlyKeys("worker-a1", "worker-b1", "gpu-a1");
    assertThat(nodes.get("worker-a1").allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(7_800);
    assertThat(nodes.get("gpu-a1").allocatable().get(scenario.schema().indexOf("nvidia.com/gpu"))).isEqualTo(4);
    assertThat(nodes.get("gpu-a1").taints()).hasSize(1);
    assertThat(nodes.get("worker-b1").labels()).containsEntry("topology.kubernetes.io/zone", "eu-west-1b");
  }

  @Test
  void deploymentsBecomeOwnedReplicasWithTheirNamespaceAndSpread() {
    assertThat(pods).containsKeys("web-0", "web-1", "web-2", "web-3").doesNotContainKey("web-4");
    PodSpec web = pods.get("web-0");
    assertThat(web.namespace()).isEqualTo("shop");
    assertThat(web.owner()).isEqualTo("Deployment/web");
    assertThat(web.placement().spreadConstraints()).singleElement().satisfies(c -> assertThat(c.hard()).isTrue());
    assertThat(web.images()).containsExactly("nginx:1.25");
  }

  @Test
  void aDaemonSetRunsOnEveryNodeItToleratesWithItsPriorityClass() {
    assertThat(pods.keySet().stream().filter(n -> n.startsWith("node-exporter-")))
        .containsExactlyInAnyOrder("node-exporter-worker-a1", "node-exporter-worker-b1");
    PodSpec exporter = pods.get("node-exporter-worker-a1");
    // as the DaemonSet controller pins it: required node affinity on metadata.name, placed by the scheduler
    assertThat(exporter.placement().nodeName()).isNull();
    assertThat(exporter.placement().nodeAffinity().required()).singleElement().satisfies(term ->
        assertThat(term.matchFields()).singleElement().satisfies(field -> {
          assertThat(field.key()).isEqualTo("metadata.name");
          assertThat(field.values()).containsExactly("worker-a1");
        }));
    assertThat(exporter.tolerations()).extracting(t -> t.key() + ":" + t.effect()).contains(
        "node.kubernetes.io/unreachable:NO_EXECUTE", "node.kubernetes.io/not-ready:NO_EXECUTE",
        "node.kubernetes.io/unschedulable:NO_SCHEDULE", "node.kubernetes.io/disk-pressure:NO_SCHEDULE");
    assertThat(exporter.priority()).isEqualTo(100_000);
    assertThat(exporter.placement().hostPorts()).singleElement().satisfies(p -> assertThat(p.port()).isEqualTo(9100));
  }

  @Test
  void aJobRunsItsCompletionsInWavesWithTheEffectiveRequest() {
    assertThat(List.of("train-0", "train-1", "train-2", "train-3")).allSatisfy(n -> assertThat(pods).containsKey(n));
    assertThat(pods.get("train-0").arrival()).isEqualTo(300_000_000L);
    assertThat(pods.get("train-3").arrival()).isEqualTo(2_100_000_000L);
    assertThat(pods.get("train-0").duration()).isEqualTo(1_800_000_000L);
    assertThat(pods.get("train-0").requests().get(ResourceSchema.CPU_INDEX)).as("largest init container").isEqualTo(2_000);
    assertThat(pods.get("train-0").requests().get(scenario.schema().indexOf("nvidia.com/gpu"))).isEqualTo(1);
  }

  @Test
  void aCronJobRunsAtEveryScheduleTimeBeforeTheHorizon() {
    assertThat(pods.keySet().stream().filter(n -> n.startsWith("report-")))
        .containsExactlyInAnyOrder("report-0-0", "report-30-0", "report-60-0", "report-90-0");
    assertThat(pods.get("report-90-0").arrival()).isEqualTo(5_400_000_000L);
    assertThat(pods.get("report-90-0").duration()).isEqualTo(300_000_000L);
  }

  @Test
  void kindsPodsimDoesNotUseAreCountedNotFatal() {
    Manifests manifests = Manifests.read(List.of(Path.of("..", "examples", "manifests", "apps.yaml")));
    assertThat(manifests.ignoredKinds()).containsEntry("Service", 1);
  }

  @Test
  void mistakesNameTheDocument() throws IOException {
    assertThatThrownBy(() -> read("apiVersion: v1\nmetadata: {name: x}\n")).isInstanceOf(InputError.class)
        .hasMessageEndingWith("m.yaml: document 1: kind: required");
    assertThatThrownBy(() -> read("apiVersion: v1\nkind: Node\nmetadata: {name: n}\n")).isInstanceOf(InputError.class)
        .hasMessageContaining("Node n: status.allocatable or status.capacity: required");
    assertThatThrownBy(() -> read("apiVersion: v1\nkind: Node\nmetadata: {name: a-0}\nstatus: {allocatable: {cpu: 2}}\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("cluster: two nodes are named 'a-0'");
    assertThatThrownBy(() -> read("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d}\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("document 1 (Deployment): apiVersion: expected apps/v1,"
            + " found 'extensions/v1beta1'");
    assertThatThrownBy(() -> read("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replica: 3\n"
        + "  template: {spec: {containres: [{name: c}]}}\n")).isInstanceOf(InputError.class)
        .hasMessageContaining("document 1 (Deployment web): unknown fields spec.replica, spec.template.spec.containres;");
    assertThatThrownBy(() -> read("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: Web_1}\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("document 1 (Deployment): metadata.name: name 'Web_1' must"
            + " be lowercase letters");
    assertThatThrownBy(() -> read("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template:"
        + " {metadata: {labels: {app: \"a b\"}}, spec: {containers: [{name: c}]}}}\n")).isInstanceOf(InputError.class)
        .hasMessageContaining("(Deployment): spec.template.metadata.labels.app: label value 'a b' must be empty or");
    assertThatThrownBy(() -> read("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec: {}\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("DaemonSet agent: spec.template: required");
    // Every minute for 20 years: 10.5 million runs, refused before they are listed.
    assertThatThrownBy(() -> CronSchedule.parse("* * * * *", "spec.schedule").times(7_300L * 86_400_000_000L))
        .isInstanceOf(InputError.class).hasMessage("runs about 10,513,440 times before the horizon, more than the limit"
            + " of 10,000,000");
    assertThatThrownBy(() -> read("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "0 0 1 * *"
          jobTemplate: {spec: {template: {spec: {containers: [{name: a}]}}}}
        """)).isInstanceOf(InputError.class).hasMessageContaining("only minute and hour fields may be set");
  }

  private Scenario read(String manifest) throws IOException {
    Files.writeString(dir.resolve("m.yaml"), manifest);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, """
        horizon: 1h
        cluster:
          nodePools: [{name: a, count: 1, resources: {cpu: "4", memory: 8Gi}}]
          manifests: [m.yaml]
        workload:
          manifests: [m.yaml]
        """);
    return ScenarioLoader.load(file);
  }
}
