package io.podsim.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.scenario.ScenarioFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTraceReaderTest {
  private static final String HEADER = "name,arrival,duration,cpu,memory,disk,priority,labels\n";
  private static final PodContext CONTEXT = new PodContext(ResourceSchema.standard(), PriorityClasses.of(
      List.of(new ScenarioFile.PriorityClassEntry("batch", -5, "Never", null, null)), "priorityClasses"),
      Set.of("logs"));

  @TempDir
  Path dir;

  @Test
  void readsEveryColumn() throws IOException {
    List<PodSpec> pods = readAll(HEADER
        + "web-0,0,10m,500m,1Gi,5Gi,3,app=web;tier=front\n"
        + "\n"
        + "job-1,90s,,2,,,,\n"
        + "\"odd,name\",90.5,1.5,1,64Mi,0,-1,\n");
    assertThat(pods).extracting(PodSpec::name).containsExactly("web-0", "job-1", "odd,name");
    PodSpec web = pods.get(0);
    assertThat(web.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(500);
    assertThat(web.requests().get(ResourceSchema.MEMORY_INDEX)).isEqualTo(1L << 30);
    assertThat(web.requests().get(ResourceSchema.EPHEMERAL_STORAGE_INDEX)).isEqualTo(5L << 30);
    assertThat(web.duration()).isEqualTo(600_000_000L);
    assertThat(web.priority()).isEqualTo(3);
    assertThat(web.labels()).isEqualTo(Map.of("app", "web", "tier", "front"));
    assertThat(pods.get(1).arrival()).isEqualTo(90_000_000L);
    assertThat(pods.get(1).hasDuration()).isFalse();
    assertThat(pods.get(2).arrival()).isEqualTo(90_500_000L);
    assertThat(pods.get(2).priority()).isEqualTo(-1);
  }

  @Test
  void schedulingColumnsResolveClassesSelectorsDataSetsAndImages() throws IOException {
    List<PodSpec> pods = readAll("name,arrival,priorityClassName,nodeSelector,datasets,images,owner\n"
        + "etl-1,0,batch,disk=ssd;arch=arm64,logs,etl:1.2;sidecar,etl\n");
    PodSpec etl = pods.get(0);
    assertThat(etl.priority()).isEqualTo(-5);
    assertThat(etl.preemptsLowerPriority()).isFalse();
    assertThat(etl.placement().nodeSelector()).isEqualTo(Map.of("disk", "ssd", "arch", "arm64"));
    assertThat(etl.placement().datasets()).containsExactly("logs");
    assertThat(etl.images()).containsExactly("etl:1.2", "sidecar:latest");
    assertThat(etl.owner()).isEqualTo("etl");
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws IOException {
    List<PodSpec> pods = readAll("cpu,arrival,name\n250m,1,a\n");
    assertThat(pods).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("a");
      assertThat(p.requests().get(ResourceSchema.CPU_INDEX)).isEqualTo(250);
    });
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("a row with a missing field", HEADER + "a,0,1,1,1Gi,0,0,\nb,0,1,1,1Gi,0,0\n",
            "trace.csv:3: expected 8 fields as in the header, found 7"),
        Arguments.of("rows out of arrival order", HEADER + "a,10,1,1,1Gi,0,0,\nb,5,1,1,1Gi,0,0,\n",
            "trace.csv:3: arrival 5.0s is earlier than the previous row's 10.0s; sort the trace by arrival"),
        Arguments.of("a malformed quantity", HEADER + "a,0,1,1x,1Gi,0,0,\n",
            "trace.csv:2: cpu: invalid quantity '1x'"),
        Arguments.of("a negative quantity", HEADER + "a,0,1,1,-1Gi,0,0,\n", "trace.csv:2: memory: quantity '-1Gi' is negative"),
        Arguments.of("an unknown column", "name,arrival,gpus\na,0,1\n",
            "trace.csv:1: unknown column 'gpus'; known columns: name, arrival"),
        Arguments.of("a missing required column", "name,cpu\na,1\n", "trace.csv:1: missing required column 'arrival'"),
        Arguments.of("a malformed priority", HEADER + "a,0,1,1,1Gi,0,high,\n",
            "trace.csv:2: priority: expected a whole number, found 'high'"),
        Arguments.of("a malformed label", HEADER + "a,0,1,1,1Gi,0,0,app\n",
            "trace.csv:2: labels: expected key=value pairs separated by ';', found 'app'"),
        Arguments.of("a malformed arrival", HEADER + "a,soon,1,1,1Gi,0,0,\n", "trace.csv:2: arrival: invalid duration 'soon'"),
        Arguments.of("an empty name", HEADER + ",0,1,1,1Gi,0,0,\n", "trace.csv:2: name: required"),
        Arguments.of("an empty file", "", "trace.csv: empty trace"),
        Arguments.of("an unknown priority class", "name,arrival,priorityClassName\na,0,gold\n",
            "trace.csv:2: row.priorityClassName: unknown priority class 'gold'"),
        Arguments.of("an unknown data set", "name,arrival,datasets\na,0,metrics\n",
            "trace.csv:2: row.datasets[0]: unknown data set 'metrics'"));
  }

  @Test
  void aGzipFileWithBytesAfterItsDataIsRefusedAndConcatenatedMembersAreRead() throws IOException {
    byte[] first = gzip(HEADER + "a,0,1,1,1Gi,0,0,\n");
    byte[] second = gzip("b,1,1,1,1Gi,0,0,\n");
    Path joined = dir.resolve("joined.csv.gz");
    Files.write(joined, concat(first, second));
    assertThat(readAll(joined)).extracting(PodSpec::name).containsExactly("a", "b");
    Path damaged = dir.resolve("damaged.csv.gz");
    Files.write(damaged, concat(first, "garbage that is no gzip member".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> readAll(damaged)).isInstanceOf(InputError.class)
        .hasMessageContaining("trailing bytes after the compressed data");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void aFileOfSecretsIsNeverQuoted() {
    assertThatThrownBy(() -> readAll("API_TOKEN=s3cr3t-v4lu3,HOME=/root\nx\n")).isInstanceOf(InputError.class)
        .hasMessageContaining("trace.csv:1: the first line is no header of column names (such as name, arrival,")
        .message().doesNotContain("s3cr3t");
    assertThatThrownBy(() -> readAll(HEADER + "a,0,1,1,1Gi,0,token-s3cr3t-v4lu3-0123456789,\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("priority: expected a whole number, found 'token-s3cr3t-v4l...'")
        .message().doesNotContain("0123456789");
  }

  @ParameterizedTest(name = "{0} is reported with its line")
  @MethodSource("mistakes")
  void aBadRowGivesOneClearLine(String description, String csv, String expected) {
    assertThatThrownBy(() -> readAll(csv)).isInstanceOf(InputError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected).doesNotContain("\n"));
  }

  @Test
  void aMissingFileIsAUserError() {
    assertThatThrownBy(() -> new CsvTraceReader(TraceInput.of(dir.resolve("none.csv"), CONTEXT, TraceFormat.CSV)))
        .isInstanceOf(InputError.class).hasMessageEndingWith("none.csv: no such trace file");
  }

  private List<PodSpec> readAll(String csv) throws IOException {
    Path file = dir.resolve("trace.csv");
    Files.writeString(file, csv);
    return readAll(file);
  }

  private List<PodSpec> readAll(Path file) throws IOException {
    List<PodSpec> pods = new ArrayList<>();
    try (CsvTraceReader reader = new CsvTraceReader(TraceInput.of(file, CONTEXT, TraceFormat.CSV))) {
      for (PodSpec pod = reader.next(); pod != null; pod = reader.next()) {
        pods.add(pod);
      }
    }
    return pods;
  }
}
