package io.podsim.workloads.trace.alibaba;

import static io.podsim.model.PodStream.readAll;
import static io.podsim.workloads.trace.TraceTesting.EXAMPLES;
import static io.podsim.workloads.trace.TraceTesting.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTrace2018Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final Path FIXTURE = EXAMPLES.resolve("alibaba-2018");
  private static final long S = 1_000_000L;

  @TempDir
  Path dir;

  private static TraceInput fixture() {
    return input(FIXTURE, SCHEMA, TraceFormat.ALIBABA_2018, Map.of("memoryUnit", "200Gi"));
  }

  @Test
  void machinesCarryTheirFailureDomainsAsZoneAndRack() {
    TraceInput input = fixture();
    List<NodeSpec> nodes = ClusterTrace2018.nodes(input);
    assertThat(nodes).extracting(NodeSpec::name).containsExactly("m_1", "m_2", "m_3", "m_4");
    assertThat(nodes.get(2).labels()).containsEntry(NodeSpec.ZONE_LABEL, "2").containsEntry(NodeSpec.RACK_LABEL, "A");
    assertThat(nodes.get(0).allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(96_000);
    assertThat(nodes.get(0).allocatable().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(200L << 30);
    assertThat(input.skips().counts()).containsExactlyEntriesOf(Map.of("machine status change (not replayed)", 1L));
  }

  @Test
  void batchInstancesTakeTheirTasksPlanAndContainersRunToTheEnd() {
    TraceInput input = fixture();
    List<PodSpec> pods = readAll(ClusterTrace2018.pods(input));
    assertThat(pods).extracting(PodSpec::name)
        .containsExactly("c_1", "c_2", "c_3", "ins_1", "ins_2", "ins_3", "ins_4", "ins_5", "ins_6");
    PodSpec first = pods.get(3);
    assertThat(first.arrival()).isEqualTo(610 * S);
    assertThat(first.duration()).isEqualTo(90 * S);
    assertThat(first.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(1_000);
    assertThat(first.requests().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.59 * (200L << 30) / 100));
    assertThat(first.labels()).containsEntry(ClusterTrace2018.JOB_LABEL, "j_1");
    assertThat(pods.get(7).duration()).as("running at the end of the trace").isEqualTo(PodSpec.NO_DURATION);
    PodSpec online = pods.get(2);
    assertThat(online.priority()).isEqualTo(ClusterTrace2018.ONLINE_PRIORITY);
    assertThat(online.owner()).isEqualTo("app_8671");
    assertThat(online.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(8_000);
    assertThat(online.duration()).isEqualTo(PodSpec.NO_DURATION);
    assertThat(input.skips().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "batch instance never started", 1L,
        "batch instance of a task missing from batch_task", 1L,
        "batch instance of a task without plan_cpu or plan_mem", 1L,
        "container status snapshot (not replayed)", 1L));
  }

  @Test
  void unsortedInstancesAreAnErrorThatSaysHowToSort() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("trace"));
    Files.copy(FIXTURE.resolve("batch_task.csv"), folder.resolve("batch_task.csv"));
    Files.writeString(folder.resolve("batch_instance.csv"), "ins_2,M1,j_1,1,Terminated,612,880,m_2,1,1,1,1,1,1\n"
        + "ins_1,M1,j_1,1,Terminated,610,700,m_1,1,1,1,1,1,1\n");
    assertThatThrownBy(() -> readAll(ClusterTrace2018.pods(input(folder, SCHEMA, TraceFormat.ALIBABA_2018, Map.of()))))
        .isInstanceOf(InputError.class).hasMessageContaining("batch_instance.csv:2: arrival 610.0s")
        .hasMessageContaining("sort -t, -k6,6n");
  }

  @Test
  void anInstanceEndingBeforeItStartsIsCountedAndOneEndingInItsStartSecondRunsForNoTime() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("trace"));
    Files.copy(FIXTURE.resolve("batch_task.csv"), folder.resolve("batch_task.csv"));
    Files.writeString(folder.resolve("batch_instance.csv"), "ins_1,M1,j_1,1,Terminated,610,600,m_1,1,1,1,1,1,1\n"
        + "ins_2,M1,j_1,1,Terminated,612,612,m_2,1,1,1,1,1,1\n" + "ins_3,M1,j_1,1,Running,615,0,m_2,1,1,1,1,1,1\n");
    TraceInput input = input(folder, SCHEMA, TraceFormat.ALIBABA_2018, Map.of());
    List<PodSpec> pods = readAll(ClusterTrace2018.pods(input));

    assertThat(pods).extracting(PodSpec::name).containsExactly("ins_2", "ins_3");
    assertThat(pods.get(0).duration()).isZero();
    assertThat(pods.get(1).duration()).as("unfinished in the trace").isEqualTo(PodSpec.NO_DURATION);
    assertThat(input.skips().counts()).containsExactlyEntriesOf(Map.of("batch instance ending before it starts", 1L));
  }
}
