package io.podsim.workloads.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareAndDatasetsTest {
  static final String SCENARIO = """
      datasets:
        - {name: logs, replicas: {nodes: [a-1]}}
        - {name: images, replicas: {racks: [z2-r0]}}
      cluster:
        nodePools:
          - name: a
            count: 4
            resources: {cpu: "8", memory: 32Gi}
            zones: [z1, z2]
            racksPerZone: 2
            hardware: {gpuModel: A100, cpuArch: arm64, diskType: nvme, networkBandwidth: 25G}
      workload:
        pods:
          - name: reader
            requests: {cpu: "1"}
            datasets: [logs]
            hardware: {gpuModel: [A100, H100], networkBandwidth: 1G}
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, values: [z1]}]
                    - matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, values: [z2]}]
      profiles: [locality-aware]
      """;

  @TempDir
  Path dir;

  @Test
  void hardwareBecomesLabelsAndTheNetworkResourceAndRacksNestInZones() throws IOException {
    Map<String, NodeSpec> nodes = nodes(load(SCENARIO));
    NodeSpec a0 = nodes.get("a-0");
    assertThat(a0.labels()).containsEntry("nvidia.com/gpu.product", "A100").containsEntry("kubernetes.io/arch", "arm64")
        .containsEntry("podsim.io/disk-type", "nvme").containsEntry("topology.kubernetes.io/zone", "z1")
        .containsEntry("topology.podsim.io/rack", "z1-r0");
    assertThat(nodes.get("a-2").labels()).containsEntry("topology.podsim.io/rack", "z1-r1");
    assertThat(nodes.get("a-3").labels()).containsEntry("topology.podsim.io/rack", "z2-r1");
    Scenario scenario = load(SCENARIO);
    assertThat(a0.allocatable().get(scenario.schema().indexOf("network"))).isEqualTo(25_000_000_000L);
  }

  @Test
  void replicasLabelTheirNodeRackAndZone() throws IOException {
    Map<String, NodeSpec> nodes = nodes(load(SCENARIO));
    assertThat(nodes).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().labels().get("data.podsim.io/logs"))
        .containsExactlyInAnyOrder("a-0=null", "a-1=node", "a-2=null", "a-3=zone");
    assertThat(nodes).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().labels().get("data.podsim.io/images"))
        .containsExactlyInAnyOrder("a-0=null", "a-1=rack", "a-2=null", "a-3=zone");
  }

  @Test
  void podHardwareIsAddedToEveryRequiredTermAndBandwidthToTheRequests() throws IOException {
    Scenario scenario = load(SCENARIO);
    PodSpec reader;
    try (PodStream pods = scenario.workload().open(1)) {
      reader = pods.next();
    }
    var terms = reader.placement().nodeAffinity().required();
    assertThat(terms).hasSize(2).allSatisfy(term -> assertThat(term.matchExpressions())
        .anySatisfy(r -> assertThat(r.key()).isEqualTo("nvidia.com/gpu.product")));
    assertThat(reader.requests().get(scenario.schema().indexOf("network"))).isEqualTo(1_000_000_000L);
    assertThat(reader.placement().datasets()).containsExactly("logs");
  }

  @Test
  void mistakesNameTheirPlace() {
    assertThatThrownBy(() -> load(SCENARIO.replace("datasets: [logs]", "datasets: [metrics]")))
        .isInstanceOf(InputError.class).hasMessageContaining("workload.pods[0].datasets[0]: unknown data set 'metrics'");
    assertThatThrownBy(() -> load(SCENARIO.replace("nodes: [a-1]", "nodes: [b-1]")))
        .isInstanceOf(InputError.class).hasMessageContaining("datasets[0].replicas.nodes: no node has 'b-1'");
    assertThatThrownBy(() -> load(SCENARIO.replace("gpuModel: A100,", "gpuModel: [A100],")))
        .isInstanceOf(InputError.class).hasMessageContaining("hardware.gpuModel: a node pool has one value");
  }

  private Scenario load(String yaml) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, yaml);
    return ScenarioLoader.load(file);
  }

  private static Map<String, NodeSpec> nodes(Scenario scenario) {
    return scenario.nodes().stream().collect(Collectors.toMap(NodeSpec::name, Function.identity()));
  }
}
