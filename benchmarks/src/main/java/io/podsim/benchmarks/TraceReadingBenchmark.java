package io.podsim.benchmarks;

import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.alibaba.GpuTrace2023;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a pod trace from disk into pods, per format: the figure is rows per second (one
 * operation per row). The file is written once per trial in the format's published column layout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TraceReadingBenchmark {
  static final int ROWS = 100_000;

  @Param({"csv", "alibaba-gpu-2023"})
  String format;

  private Path file;
  private TraceFormat traceFormat;
  private PodContext context;

  /** Writes {@value #ROWS} rows of the format to a temporary file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    traceFormat = TraceFormat.byName(format);
    ResourceSchema schema = ResourceSchema.of(List.of(GpuTrace2023.GPU, GpuTrace2023.GPU_MILLI));
    context = new PodContext(schema, PriorityClasses.of(List.of(), "priorityClasses"), Set.of());
    file = Files.createTempFile("podsim-trace-", ".csv");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      boolean csv = traceFormat == TraceFormat.CSV;
      out.write(csv ? "name,arrival,duration,cpu,memory,disk,priority,labels\n"
          : "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,"
              + "scheduled_time\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(csv ? row(i) : alibabaRow(i));
      }
    }
  }

  private static String row(int i) {
    return "pod-" + i + "," + i / 10 + "," + (60 + i % 3600) + "," + (1 + i % 4) * 250 + "m," + (1 + i % 8)
        + "Gi,0," + i % 3 + ",app=web-" + i % 50 + ";tier=backend\n";
  }

  private static String alibabaRow(int i) {
    int gpus = i % 3;
    return "openb-pod-" + i + "," + (1 + i % 16) * 1000 + "," + (1 + i % 64) * 1024 + "," + gpus + ","
        + (gpus == 0 ? 0 : 1000) + "," + (i % 7 == 0 ? "V100M16|V100M32" : "") + "," + (i % 2 == 0 ? "LS" : "BE")
        + ",Running," + i * 10L + "," + (i * 10L + 3600) + "," + i * 10L + "\n";
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long readAll() {
    long cpu = 0;
    try (PodStream pods = traceFormat.open(TraceInput.of(file, context, traceFormat))) {
      for (var pod = pods.next(); pod != null; pod = pods.next()) {
        cpu += pod.requests().get(ResourceSchema.CPU_INDEX);
      }
    }
    return cpu;
  }
}
