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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterData2011Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final Path FIXTURE = EXAMPLES.resolve("google-2011");
  private static final long S = 1_000_000L;

  @TempDir
  Path dir;

  private static TraceInput fixture() {
    return input(FIXTURE, SCHEMA, TraceFormat.GOOGLE_2011, Map.of("cpuUnit", "32", "memoryUnit", "128Gi"));
  }

  @Test
  void machinesAreTheFirstAddOfEachScaledByTheUnitsAndTheRestIsCountedAsSkipped() {
    TraceInput input = fixture();
    List<NodeSpec> nodes = ClusterData2011.nodes(input);
    assertThat(nodes).extracting(NodeSpec::name).containsExactly("machine-5", "machine-6", "machine-7", "machine-10");
    NodeSpec half = nodes.get(0);
    assertThat(half.allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(16_000);
    assertThat(half.allocatable().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.2493 * (128L << 30)));
    assertThat(half.allocatable().get(ResourceSchema.PODS_INDEX)).isEqualTo(110);
    assertThat(half.labels()).containsEntry("kubernetes.io/hostname", "machine-5")
        .containsEntry(BorgPods.PLATFORM_LABEL, "HofLGzk1Or/8Ildj2+Lqv0UGGvY82NLoni8+J/Yy0RU=");
    assertThat(nodes.get(3).allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(32_000);
    assertThat(input.skips().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "machine without capacity", 1L,
        "machine removed (membership changes are not replayed)", 1L,
        "machine added again (membership changes are not replayed)", 1L,
        "machine capacity update (not replayed)", 1L));
  }

  @Test
  void everySubmissionIsOnePodRunningFromItsScheduleToItsEnd() {
    List<PodSpec> pods = readAll(ClusterData2011.pods(fixture()));
    assertThat(pods).hasSize(11);
    Map<String, PodSpec> byName = pods.stream().collect(Collectors.toMap(PodSpec::name, Function.identity()));
    assertThat(byName.get("3418309-0-0").duration()).isEqualTo(PodSpec.NO_DURATION);
    assertThat(byName.get("3418309-0-0").arrival()).isZero();
    assertThat(byName.get("3418309-0-0").priority()).isEqualTo(9);
    assertThat(byName.get("6251812952-0-2").duration()).isEqualTo(599 * S);
    assertThat(byName.get("6251812952-1-3").duration()).as("evicted").isEqualTo(299 * S);
    assertThat(byName.get("6251812952-1-6").arrival()).as("resubmitted").isEqualTo(900 * S);
    assertThat(byName.get("6251812952-1-6").duration()).isEqualTo(595 * S);
    assertThat(byName.get("6252000000-0-5").duration()).as("killed while pending").isEqualTo(50 * S);
    assertThat(byName.get("6251995937-2-9").duration()).as("failed").isEqualTo(1_098 * S);
    assertThat(byName.get("6251995937-2-10").duration()).as("ends after the trace").isEqualTo(PodSpec.NO_DURATION);
    assertThat(pods).extracting(PodSpec::arrival).isSorted();
  }

  @Test
  void requestsPriorityLabelsAndTheDifferentMachinesRestrictionAreMapped() {
    Map<String, PodSpec> byName = readAll(ClusterData2011.pods(fixture())).stream()
        .collect(Collectors.toMap(PodSpec::name, Function.identity()));
    PodSpec spread = byName.get("6251995937-0-7");
    assertThat(spread.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(8_000);
    assertThat(spread.requests().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(Math.round(0.1 * (128L << 30)));
    assertThat(spread.labels()).containsEntry(BorgPods.JOB_LABEL, "6251995937").containsEntry(BorgPods.CLASS_LABEL, "1");
    assertThat(spread.placement().podAntiAffinity().required()).singleElement().satisfies(term -> {
      assertThat(term.topologyKey()).isEqualTo("kubernetes.io/hostname");
      assertThat(term.selector().matchLabels()).containsEntry(BorgPods.JOB_LABEL, "6251995937");
    });
    assertThat(byName.get("6251812952-0-2").placement().podAntiAffinity().required()).isEmpty();
    PodSpec noRequests = byName.get("6252000000-0-5");
    assertThat(noRequests.requests().isZero()).isTrue();
  }

  @Test
  void aSubmissionOutOfTimeOrderNamesFileAndLine() throws IOException {
    Path file = dir.resolve("task_events.csv");
    Files.writeString(file, "600000000,,1,0,,0,u,2,0,0.1,0.1,0,0\n500000000,,1,1,,0,u,2,0,0.1,0.1,0,0\n");
    assertThatThrownBy(() -> readAll(ClusterData2011.pods(input(file, SCHEMA, TraceFormat.GOOGLE_2011, Map.of()))))
        .isInstanceOf(InputError.class).hasMessageContaining("task_events.csv:2: submitted at 500.0s")
        .hasMessageContaining("time order");
  }

  @Test
  void aMalformedRowStopsTheReadUnlessBadRowsAreSkipped() throws IOException {
    Path file = dir.resolve("task_events.csv");
    Files.writeString(file, "0,,1,0,,0,u,2,0,0.1,0.1,0,0\n0,,1,1,,0,u,2,x,0.1,0.1,0,0\n0,,1,2,,0\n"
        + "0,,1,3,,0,u,2,0,0.1,0.1,0,0\n");
    TraceInput strict = input(file, SCHEMA, TraceFormat.GOOGLE_2011, Map.of());
    assertThatThrownBy(() -> readAll(ClusterData2011.pods(strict))).isInstanceOf(InputError.class)
        .hasMessageEndingWith("task_events.csv:2: priority: expected a whole number, found 'x'");
    TraceInput lenient = strict.skippingBadRows();
    assertThat(readAll(ClusterData2011.pods(lenient))).extracting(PodSpec::name).containsExactly("1-0-0", "1-3-1");
    assertThat(lenient.skips().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "malformed: priority", 1L, "malformed: wrong number of fields", 1L));
  }
}
