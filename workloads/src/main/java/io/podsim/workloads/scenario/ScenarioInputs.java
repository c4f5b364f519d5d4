package io.podsim.workloads.scenario;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.workloads.stream.ListPodStream;
import io.podsim.workloads.synthetic.SyntheticWorkload;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.TraceMapping;
import io.podsim.workloads.trace.TraceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Where a scenario's pods come from: its trace, synthetic and manifest sources opened per run, the
 * files they read (paths relative to the scenario), and the run times an empirical distribution draws.
 */
final class ScenarioInputs {
  private ScenarioInputs() {}

  /** Every trace the scenario reads: the cluster's, the workload's, and those of empirical run times. */
  static List<ScenarioFile.Trace> traces(ScenarioFile raw) {
    List<ScenarioFile.Trace> traces = new ArrayList<>();
    traces.add(raw.cluster().trace());
    ScenarioFile.Workload workload = raw.workload();
    if (workload != null) {
      traces.add(workload.trace());
      ScenarioFile.Synthetic synthetic = workload.synthetic();
      if (synthetic != null) {
        List<ScenarioFile.DurationDistribution> durations = new ArrayList<>();
        durations.add(synthetic.duration());
        if (synthetic.services() != null) {
          synthetic.services().forEach(service -> durations.add(service.duration()));
        }
        durations.stream().filter(Objects::nonNull).forEach(d -> traces.add(d.trace()));
      }
    }
    traces.removeIf(Objects::isNull);
    return traces;
  }

  /** Every pod shape of the synthetic workload: the drawn shapes and the services' pods. */
  static List<ScenarioFile.Shape> syntheticShapes(ScenarioFile.Workload workload) {
    if (workload == null || workload.synthetic() == null) {
      return List.of();
    }
    List<ScenarioFile.Shape> shapes = new ArrayList<>();
    if (workload.synthetic().shapes() != null) {
      shapes.addAll(workload.synthetic().shapes());
    }
    if (workload.synthetic().services() != null) {
      workload.synthetic().services().stream().map(ScenarioFile.Service::pod).filter(Objects::nonNull)
          .forEach(shapes::add);
    }
    return shapes;
  }

  /** The workload's sources by label, in merge order (equal arrivals come from earlier sources first). */
  static Map<String, WorkloadSource> workload(Path file, PodContext context, ScenarioFile.Workload workload,
      List<PodSpec> manifestPods) {
    ResourceSchema schema = context.schema();
    Map<String, WorkloadSource> sources = new LinkedHashMap<>();
    List<PodSpec> inline = new ArrayList<>(InlinePods.expand(context, workload.pods(), "workload.pods"));
    inline.addAll(manifestPods);
    if (!inline.isEmpty()) {
      sources.put(manifestPods.isEmpty() ? "pods" : "pods and manifests", seed -> new ListPodStream(inline));
    }
    if (workload.trace() != null) {
      TraceFormat format = traceFormat(workload.trace(), "workload.trace");
      traceInput(file, workload.trace(), format, context, new RowSkips(), "workload.trace");
      TraceOptions options = TraceOptions.of(workload.trace(), schema, "workload.trace");
      sources.put("workload trace (" + format.formatName() + ")", seed -> {
        PodStream trace = format.open(traceInput(file, workload.trace(), format, context, new RowSkips(),
            "workload.trace"));
        return options.isIdentity() ? trace : options.apply(trace, seed);
      });
    }
    if (workload.synthetic() != null) {
      SyntheticWorkload synthetic = SyntheticWorkload.of(workload.synthetic(), context,
          (trace, at) -> runTimes(file, trace, context, at), "workload.synthetic");
      sources.put("synthetic", synthetic::open);
    }
    if (sources.isEmpty()) {
      throw new InputError("workload: expected at least one of pods, trace, synthetic or manifests");
    }
    return Collections.unmodifiableMap(sources);
  }

  /** The run times of a trace's pods that have one, for an empirical duration distribution. */
  static long[] runTimes(Path file, ScenarioFile.Trace trace, PodContext context, String path) {
    TraceFormat format = traceFormat(trace, path);
    TraceInput input = traceInput(file, trace, format, context, new RowSkips(), path);
    LongStream.Builder runTimes = LongStream.builder();
    try (PodStream pods = Fields.at(path, () -> format.open(input))) {
      for (PodSpec pod = Fields.at(path, pods::next); pod != null; pod = Fields.at(path, pods::next)) {
        if (pod.hasDuration()) {
          runTimes.add(pod.duration());
        }
      }
    }
    return runTimes.build().toArray();
  }

  static TraceFormat traceFormat(ScenarioFile.Trace trace, String path) {
    return Fields.at(path + ".format", () -> TraceFormat.byName(Fields.required(trace.format(), "format")));
  }

  /** A fresh reader input: the trace's file or folder, the mapping choices checked, skipped rows counted in {@code skips}. */
  static TraceInput traceInput(Path scenario, ScenarioFile.Trace trace, TraceFormat format,
      PodContext context, RowSkips skips, String path) {
    Path file = resolve(scenario, Fields.required(trace.path(), path + ".path"));
    if (!Files.exists(file)) {
      throw new InputError(path + ".path: no such file or folder: " + file);
    }
    TraceMapping mapping = TraceMapping.of(trace.mapping(), format.mappingDefaults(), path + ".mapping");
    return new TraceInput(file, context, mapping, Boolean.TRUE.equals(trace.skipBadRows()), skips);
  }

  /** The file itself, or every file under the folder in name order. */
  static List<Path> filesAt(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new InputError(path + ": cannot list: " + e.getMessage());
    }
  }

  static List<Path> paths(Path scenario, List<String> files) {
    return files == null ? List.of() : files.stream().map(f -> resolve(scenario, f)).toList();
  }

  /** A path in a scenario is relative to the scenario file's folder. */
  static Path resolve(Path scenario, String path) {
    Path parent = scenario.toAbsolutePath().getParent();
    return parent.resolve(path).normalize();
  }
}
