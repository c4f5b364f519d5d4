package io.podsim.workloads.trace.alibaba;

import static io.podsim.model.PodStream.readAll;
import static io.podsim.workloads.trace.TraceTesting.EXAMPLES;
import static io.podsim.workloads.trace.TraceTesting.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterTrace2017Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final long S = 1_000_000L;

  private static TraceInput fixture() {
    return input(EXAMPLES.resolve("alibaba-2017"), SCHEMA, TraceFormat.ALIBABA_2017, Map.of("memoryUnit", "256Gi"));
  }

  @Test
  void serversAreAddedOnceAndErrorsAreCountedNotReplayed() {
    TraceInput input = fixture();
    List<NodeSpec> nodes = ClusterTrace2017.nodes(input);
    assertThat(nodes).extracting(NodeSpec::name).containsExactly("machine-1", "machine-2", "machine-3", "machine-4");
    NodeSpec big = nodes.get(0);
    assertThat(big.allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(64_000);
    assertThat(big.allocatable().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.6899697150103531 * (256L << 30)));
    assertThat(big.allocatable().get(ResourceSchema.EPHEMERAL_STORAGE_INDEX))
        .isEqualTo(Math.round(0.5854492187500001 * (1L << 40)));
    assertThat(input.skips().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "machine softerror (not replayed)", 1L, "machine harderror (not replayed)", 1L,
        "machine removed (membership changes are not replayed)", 1L));
  }

  @Test
  void batchInstancesAndContainersBecomePodsInTimeOrder() {
    TraceInput input = fixture();
    List<PodSpec> pods = readAll(ClusterTrace2017.pods(input));
    assertThat(pods).extracting(PodSpec::name).containsExactly("container-1-0", "container-2-1", "container-3-2",
        "batch-1-1-0", "batch-1-1-1", "batch-7-1-2", "batch-1-2-3", "container-4-3");
    assertThat(pods).extracting(PodSpec::arrival).isSorted();
    assertThat(pods.get(1).duration()).as("removed at 43200 s").isEqualTo(43_200 * S);
    assertThat(pods.get(0).duration()).isEqualTo(PodSpec.NO_DURATION);
    assertThat(pods.get(2).requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(8_000);
    PodSpec batch = pods.get(3);
    assertThat(batch.duration()).isEqualTo(200 * S);
    assertThat(batch.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(1_000);
    assertThat(batch.requests().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.0092 * (256L << 30)));
    assertThat(pods.get(5).duration()).as("still running").isEqualTo(PodSpec.NO_DURATION);
    assertThat(input.skips().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "batch instance never started", 1L,
        "batch instance without job or task id (a known gap of the trace)", 1L,
        "batch instance of a task missing from batch_task", 1L));
  }
}
