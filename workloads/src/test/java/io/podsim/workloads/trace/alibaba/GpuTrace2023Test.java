package io.podsim.workloads.trace.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpuTrace2023Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.of(List.of(GpuTrace2023.GPU, GpuTrace2023.GPU_MILLI));
  private static final PodContext CONTEXT = new PodContext(SCHEMA, PriorityClasses.of(List.of(), "p"), Set.of());
  /** Rows in the published schema, from openb_pod_list_default.csv and openb_pod_list_gpuspec33.csv. */
  private static final String PODS = """
      name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time
      openb-pod-0000,12000,16384,1,1000,,LS,Running,0,12537496,0
      openb-pod-0001,6000,12288,1,460,,LS,Running,427061,12902960,427061
      openb-pod-0017,88000,327680,8,1000,V100M16|V100M32,LS,Running,1210580,12902960,1210581
      openb-pod-0020,8000,30720,0,0,,BE,Pending,1530000,1600000,
      """;

  @TempDir
  Path dir;

  @Test
  void nodesCarryTheirGpusAsWholeGpusMilliGpusAndTheModelLabel() throws IOException {
    Path file = dir.resolve("nodes.csv");
    Files.writeString(file, "sn,cpu_milli,memory_mib,gpu,model\nopenb-node-0000,64000,262144,2,P100\n"
        + "openb-node-1300,32000,262144,0,\n");
    List<NodeSpec> nodes = GpuTrace2023.nodes(TraceInput.of(file, CONTEXT, TraceFormat.ALIBABA_GPU_2023));
    NodeSpec gpu = nodes.get(0);
    assertThat(gpu.name()).isEqualTo("openb-node-0000");
    assertThat(gpu.allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(64_000);
    assertThat(gpu.allocatable().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(262_144L << 20);
    assertThat(gpu.allocatable().get(SCHEMA.indexOf(GpuTrace2023.GPU))).isEqualTo(2);
    assertThat(gpu.allocatable().get(SCHEMA.indexOf(GpuTrace2023.GPU_MILLI))).isEqualTo(2_000);
    assertThat(gpu.labels()).containsEntry("nvidia.com/gpu.product", "P100");
    assertThat(nodes.get(1).labels()).doesNotContainKey("nvidia.com/gpu.product");
  }

  @Test
  void podsMapRequestsTimesSharingAndModelConstraints() throws IOException {
    List<PodSpec> pods = read(PODS);
    assertThat(pods).hasSize(4);
    PodSpec shared = pods.get(1);
    assertThat(shared.arrival()).isEqualTo(427_061_000_000L);
    assertThat(shared.duration()).isEqualTo((12_902_960L - 427_061L) * 1_000_000L);
    assertThat(shared.requests().get(SCHEMA.indexOf(GpuTrace2023.GPU_MILLI))).isEqualTo(460);
    assertThat(shared.labels()).containsEntry("qos", "LS").containsEntry("pod_phase", "Running");
    PodSpec eight = pods.get(2);
    assertThat(eight.requests().get(SCHEMA.indexOf(GpuTrace2023.GPU_MILLI))).isEqualTo(8_000);
    assertThat(eight.gpu()).isEqualTo(new GpuRequest(8, 1000, List.of("V100M16", "V100M32")));
    assertThat(shared.gpu()).isEqualTo(new GpuRequest(1, 460, List.of()));
    assertThat(shared.gpu().isShare()).isTrue();
    PodSpec neverScheduled = pods.get(3);
    assertThat(neverScheduled.duration()).isEqualTo(70_000L * 1_000_000L);
    assertThat(neverScheduled.gpu()).isEqualTo(GpuRequest.NONE);
  }

  @Test
  void aBadRowNamesFileLineAndColumn() {
    assertThatThrownBy(() -> read(PODS.replace("12000,16384,1,1000", "12000,lots,1,1000")))
        .isInstanceOf(InputError.class).hasMessageEndingWith("pods.csv:2: memory_mib: expected a whole number, found 'lots'");
    assertThatThrownBy(() -> read(PODS.replace("openb-pod-0020,8000,30720,0,0,,BE,Pending,1530000",
        "openb-pod-0020,8000,30720,0,0,,BE,Pending,15"))).isInstanceOf(InputError.class)
        .hasMessageContaining("pods.csv:5: creation_time goes back in time");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a pod deleted before it was scheduled | 427061,12902960,427061 | 427061,427000,427061"
        + " | pods.csv:3: deletion_time: 427000 is before scheduled_time 427061; a pod is deleted after it starts",
    "a pod never scheduled and deleted before its creation | 1530000,1600000, | 1530000,1529999,"
        + " | pods.csv:5: deletion_time: 1529999 is before creation_time 1530000; a pod is deleted after it starts",
    "a pod scheduled before its creation | 427061,12902960,427061 | 427061,12902960,427060"
        + " | pods.csv:3: scheduled_time: 427060 is before creation_time 427061; a pod is scheduled after it is created"})
  void aRowThatContradictsItselfIsAnErrorNamingFileAndLine(String description, String times, String broken,
      String expected) {
    assertThatThrownBy(() -> read(PODS.replace(times, broken))).isInstanceOf(InputError.class)
        .hasMessageEndingWith(expected);
  }

  @Test
  void aPodDeletedInTheSecondItWasScheduledRunsForNoTime() throws IOException {
    List<PodSpec> pods = read(PODS.replace("427061,12902960,427061", "427061,427061,427061"));
    assertThat(pods.get(1).duration()).isZero();
  }

  @Test
  void theWholeOpenbDefaultTraceLoads() {
    Path shared = Path.of("..", "..", "shared", "traces", "alibaba-gpu-2023");
    Assumptions.assumeTrue(Files.isDirectory(shared), "the workplace's shared traces are not beside the repository");
    Scenario scenario = ScenarioLoader.load(Path.of("..", "examples", "openb-full.yaml"));
    assertThat(scenario.nodes()).hasSize(1_523);
    assertThat(ScenarioLoader.countPods(scenario)).isEqualTo(8_152);
  }

  private List<PodSpec> read(String csv) throws IOException {
    Path file = dir.resolve("pods.csv");
    Files.writeString(file, csv);
    List<PodSpec> pods = new ArrayList<>();
    try (GpuTrace2023 trace = new GpuTrace2023(TraceInput.of(file, CONTEXT, TraceFormat.ALIBABA_GPU_2023))) {
      for (PodSpec pod = trace.next(); pod != null; pod = trace.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }
}
