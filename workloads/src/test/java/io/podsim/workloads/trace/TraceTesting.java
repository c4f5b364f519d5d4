package io.podsim.workloads.trace;

import io.podsim.model.ResourceSchema;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared helpers for reader tests: a context, the committed example traces, reading a stream whole. */
public final class TraceTesting {
  /** The folder of the example traces committed with the repository. */
  public static final Path EXAMPLES = Path.of("..", "examples", "traces");

  private TraceTesting() {}

  public static PodContext context(ResourceSchema schema) {
    return new PodContext(schema, PriorityClasses.of(List.of(), "priorityClasses"), Set.of());
  }

  /** An input with the format's default mapping overridden by {@code mapping}. */
  public static TraceInput input(Path path, ResourceSchema schema, TraceFormat format, Map<String, String> mapping) {
    return new TraceInput(path, context(schema), TraceMapping.of(mapping, format.mappingDefaults(), "mapping"),
        false, new RowSkips());
  }
}
