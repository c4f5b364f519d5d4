package io.podsim.reports;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.engine.SimulationListener;
import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Streams {@code pods.csv} during a run: one row per pod as it reaches its final state, so memory
 * stays flat however long the trace. Times are seconds from the start; empty when not reached. GPU
 * indexes on the node, for pods that asked for GPUs, are joined by {@code -} ({@code 0-1-2-3}).
 */
public final class PodsCsvWriter implements SimulationListener, RunSink {
  /** The header row. */
  public static final String HEADER = "name,namespace,node,gpus,state,arrival,bind,start,end,attempts,reason";

  private final BufferedWriter out;
  private ClusterState cluster;

  public PodsCsvWriter(Path file) throws IOException {
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write(HEADER);
    out.newLine();
  }

  @Override
  public void onStart(ClusterState cluster) {
    this.cluster = cluster;
  }

  @Override
  public void onPodFinal(Pod pod, PodOutcome outcome) {
    boolean arrived = outcome != PodOutcome.NOT_ARRIVED;
    String[] fields = {
      pod.spec().name(),
      pod.spec().namespace(),
      pod.node() < 0 ? "" : cluster.node(pod.node()).name(),
      Arrays.stream(pod.gpuDevices()).mapToObj(Integer::toString).collect(Collectors.joining("-")),
      outcome.key(),
      arrived ? Numbers.seconds(pod.spec().arrival()) : "",
      Numbers.seconds(pod.bindTime()),
      Numbers.seconds(pod.startTime()),
      Numbers.seconds(pod.endTime()),
      Integer.toString(pod.attempts()),
      reason(pod, outcome)
    };
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(escape(fields[i]));
      }
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reason(Pod pod, PodOutcome outcome) {
    return switch (outcome) {
      case UNSCHEDULABLE -> pod.failureMessage();
      case FAILED -> pod.failureReason() == null ? "" : pod.failureReason() + ": " + pod.failureMessage();
      case PREEMPTED -> pod.evictionReason() == null ? "" : pod.evictionReason();
      default -> "";
    };
  }

  private static String escape(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** Every row was written as its pod ended. */
  @Override
  public void write(RunResult result) {}

  @Override
  public void close() throws IOException {
    out.close();
  }
}
