package io.podsim.workloads.trace.azure;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackingTrace2020Test {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final Path FIXTURE = EXAMPLES.resolve("azure-packing-2020");
  private static final long HOUR = 3_600_000_000L;

  @TempDir
  Path dir;

  @Test
  void theMachineTypeOfferingMostVmTypesIsChosenAndVmsRequestTheirFractionsOfIt() {
    TraceInput input = input(FIXTURE, SCHEMA, TraceFormat.AZURE_PACKING_2020, Map.of("machines", "3"));
    List<NodeSpec> nodes = PackingTrace2020.nodes(input);
    assertThat(nodes).extracting(NodeSpec::name).containsExactly("azure-0-0", "azure-0-1", "azure-0-2");
    assertThat(nodes.get(0).allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(48_000);
    List<PodSpec> pods = readAll(PackingTrace2020.pods(input));
    assertThat(pods).extracting(PodSpec::name).containsExactly("vm-0", "vm-1", "vm-2", "vm-3", "vm-5", "vm-6");
    PodSpec before = pods.get(0);
    assertThat(before.arrival()).isZero();
    assertThat(before.duration()).isEqualTo(Math.round(1.10185185185185 * 24 * HOUR));
    assertThat(before.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(8_000);
    assertThat(before.priority()).isEqualTo(PackingTrace2020.HIGH_PRIORITY);
    assertThat(pods.get(1).duration()).isEqualTo(PodSpec.NO_DURATION);
    PodSpec low = pods.get(2);
    assertThat(low.priority()).isZero();
    assertThat(low.duration()).isEqualTo(6 * HOUR);
    assertThat(low.labels()).containsEntry(PackingTrace2020.TENANT_LABEL, "1");
    assertThat(input.skips().counts()).containsExactlyEntriesOf(Map.of("VM type not offered on machine type 0", 1L));
  }

  @Test
  void anotherMachineTypeChangesTheRequestsAndWhatIsOffered() {
    TraceInput input = input(FIXTURE, SCHEMA, TraceFormat.AZURE_PACKING_2020, Map.of("machineType", "1"));
    List<PodSpec> pods = readAll(PackingTrace2020.pods(input));
    assertThat(pods).extracting(PodSpec::name).containsExactly("vm-0", "vm-1", "vm-2", "vm-6");
    assertThat(pods.get(0).requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(4_000);
    assertThatThrownBy(() -> PackingTrace2020.nodes(input(FIXTURE, SCHEMA, TraceFormat.AZURE_PACKING_2020,
        Map.of("machineType", "9")))).isInstanceOf(InputError.class)
        .hasMessage("mapping.machineType: no machineId '9' in the vmType table; known: 0, 1, 2");
  }

  @Test
  void theSqliteFileReadsLikeItsCsvExportsAndIsSortedByTheQuery() throws Exception {
    Path db = dir.resolve("packing_trace_zone_a_v1.sqlite");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE vm (vmId INTEGER, tenantId INTEGER, vmTypeId INTEGER, priority INTEGER, "
          + "starttime REAL, endtime REAL)");
      sql.execute("CREATE TABLE vmType (id INTEGER, vmTypeId INTEGER, machineId INTEGER, core REAL, memory REAL, "
          + "hdd REAL, ssd REAL, nic REAL)");
      for (String line : Files.readAllLines(FIXTURE.resolve("vmType.csv")).subList(1, 8)) {
        sql.execute("INSERT INTO vmType VALUES (" + line + ")");
      }
      for (String line : Files.readAllLines(FIXTURE.resolve("vm.csv")).subList(1, 8)) {
        String values = line.endsWith(",") ? line + "NULL" : line;
        sql.execute("INSERT INTO vm VALUES (" + values + ")");
      }
      sql.execute("UPDATE vm SET vmId = 100 + vmId WHERE vmId = 0");
    }
    TraceInput input = input(db, SCHEMA, TraceFormat.AZURE_PACKING_2020, Map.of());
    List<PodSpec> fromCsv = readAll(PackingTrace2020.pods(input(FIXTURE, SCHEMA, TraceFormat.AZURE_PACKING_2020,
        Map.of())));
    List<PodSpec> fromSqlite = readAll(PackingTrace2020.pods(input));
    assertThat(fromSqlite).extracting(PodSpec::name).containsExactly("vm-100", "vm-1", "vm-2", "vm-3", "vm-5", "vm-6");
    assertThat(fromSqlite).extracting(PodSpec::requests).isEqualTo(fromCsv.stream().map(PodSpec::requests).toList());
    assertThat(fromSqlite).extracting(PodSpec::duration).isEqualTo(fromCsv.stream().map(PodSpec::duration).toList());
  }
}
