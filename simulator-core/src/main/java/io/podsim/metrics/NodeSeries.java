package io.podsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * How full each node was at each sample time: the larger of its requested cpu and memory shares
 * (0..1). Kept for clusters of at most {@link #MAX_NODES} nodes, where a heatmap stays readable.
 */
public final class NodeSeries {
  /** Larger clusters record no per-node series. */
  public static final int MAX_NODES = 2000;

  private final List<String> nodes;
  private final List<double[]> rows = new ArrayList<>();
  private final List<Double> times = new ArrayList<>();

  public NodeSeries(List<String> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  public List<String> nodes() {
    return nodes;
  }

  /** Sample times in seconds, one per row. */
  public List<Double> times() {
    return times;
  }

  /** One row per sample, one value per node. */
  public List<double[]> rows() {
    return rows;
  }

  void add(double time, double[] fullness) {
    times.add(time);
    rows.add(fullness);
  }
}
