package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.PodStream;
import io.podsim.workloads.scenario.PodContext;
import java.nio.file.Path;
import java.util.Arrays;

/** The trace formats podsim reads, by the name a scenario gives under {@code workload.trace.format}. */
public enum TraceFormat {
  CSV("csv", CsvTraceReader::new);

  /** Opens a trace file as a pod stream; the context resolves resources, priority classes and data sets. */
  @FunctionalInterface
  public interface Reader {
    PodStream open(Path file, PodContext context);
  }

  private final String formatName;
  private final Reader reader;

  TraceFormat(String formatName, Reader reader) {
    this.formatName = formatName;
    this.reader = reader;
  }

  public String formatName() {
    return formatName;
  }

  public PodStream open(Path file, PodContext context) {
    return reader.open(file, context);
  }

  /** The format with this name; an unknown name is an error listing the known ones. */
  public static TraceFormat byName(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst()
        .orElseThrow(() -> new InputError("unknown trace format '" + name + "'; known: "
            + Arrays.stream(values()).map(TraceFormat::formatName).toList()));
  }
}
