package io.podsim.workloads.trace.google;

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

class ClusterData2019Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final long S = 1_000_000L;

  @TempDir
  Path dir;

  private static TraceInput fixture() {
    return input(EXAMPLES.resolve("google-2019"), SCHEMA, TraceFormat.GOOGLE_2019, Map.of());
  }

  @Test
  void machinesCarryCapacitySwitchAndPlatform() {
    TraceInput input = fixture();
    List<NodeSpec> nodes = ClusterData2019.nodes(input);
    assertThat(nodes).extracting(NodeSpec::name).containsExactly("machine-102970", "machine-103045", "machine-104561");
    assertThat(nodes.get(2).allocatable().get(ResourceSchema.CPU_INDEX)).as("1.0 = cpuUnit, 64 by default")
        .isEqualTo(64_000);
    assertThat(nodes.get(0).allocatable().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.4995 * (256L << 30)));
    assertThat(nodes.get(0).labels()).containsEntry(NodeSpec.RACK_LABEL, "Jm3Dm9NmqEDRLbF2vWzyE2MUxXeR/sEUG3mm4Dx4nxE=");
    assertThat(input.skips().counts()).containsOnlyKeys("machine without capacity",
        "machine removed (membership changes are not replayed)", "machine capacity update (not replayed)");
  }

  @Test
  void jsonLinesInstancesBecomePodsOwnedByTheirCollection() {
    TraceInput input = fixture();
    List<PodSpec> pods = readAll(ClusterData2019.pods(input));
    assertThat(pods).extracting(PodSpec::name).containsExactly("281405415-0-0", "400465210571-0-1",
        "400465210571-1-2", "400465210571-1-3", "512000000000-0-4");
    assertThat(pods).extracting(PodSpec::duration).containsExactly(PodSpec.NO_DURATION, 270 * S, 360 * S, 980 * S,
        100 * S);
    PodSpec first = pods.get(0);
    assertThat(first.priority()).isEqualTo(360);
    assertThat(first.owner()).isEqualTo("281405415");
    assertThat(first.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(Math.round(0.0206 * 64_000));
    assertThat(first.labels()).containsEntry(BorgPods.CLASS_LABEL, "3");
    assertThat(pods.get(4).requests().isZero()).isTrue();
    assertThat(input.skips().counts()).containsExactlyEntriesOf(
        Map.of("alloc set instance (reservations are not replayed)", 1L));
  }

  @Test
  void csvExportsWithUnderscoredNestedFieldsReadTheSame() throws IOException {
    Path file = dir.resolve("instance_events.csv");
    Files.writeString(file, """
        time,type,collection_id,instance_index,priority,scheduling_class,collection_type,resource_request_cpus,resource_request_memory
        0,SUBMIT,7,0,100,1,0,0.5,0.25
        5000000,SCHEDULE,7,0,100,1,0,,
        65000000,FINISH,7,0,100,1,0,,
        """);
    List<PodSpec> pods = readAll(ClusterData2019.pods(input(file, SCHEMA, TraceFormat.GOOGLE_2019, Map.of())));
    assertThat(pods).singleElement().satisfies(pod -> {
      assertThat(pod.duration()).isEqualTo(60 * S);
      assertThat(pod.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(32_000);
    });
  }

  @Test
  void anUnknownEventTypeNamesFileLineAndField() throws IOException {
    Path file = dir.resolve("instance_events.json");
    Files.writeString(file, "{\"time\":\"0\",\"type\":\"SUBMIT\",\"collection_id\":\"1\",\"instance_index\":0}\n"
        + "{\"time\":\"5\",\"type\":\"RESTART\",\"collection_id\":\"1\",\"instance_index\":0}\n");
    assertThatThrownBy(() -> readAll(ClusterData2019.pods(input(file, SCHEMA, TraceFormat.GOOGLE_2019, Map.of()))))
        .isInstanceOf(InputError.class)
        .hasMessageContaining("instance_events.json:2: type: expected one of SUBMIT, QUEUE,");
  }
}
