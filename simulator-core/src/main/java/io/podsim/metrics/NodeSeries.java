package io.podsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * How full each node was over time: the larger of its requested cpu and memory shares (0..1). Kept
 * for clusters of at most {@link #MAX_NODES} nodes; when rows × nodes would pass
 * {@link #MAX_VALUES}, every other row is dropped and only every other later sample kept, so memory
 * stays bounded however long the run.
 */
public final class NodeSeries {
  /** Larger clusters record no per-node series. */
  public static final int MAX_NODES = 2000;
  /** The most values held at once. */
  static final int MAX_VALUES = 1_000_000;

  private final List<String> nodes;
  private final List<double[]> rows = new ArrayList<>();
  private final List<Double> times = new ArrayList<>();
  private int stride = 1;
  private long offered;

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

  /** One row per kept sample, one value per node. */
  public List<double[]> rows() {
    return rows;
  }

  void add(double time, double[] fullness) {
    if (offered++ % stride != 0) {
      return;
    }
    times.add(time);
    rows.add(fullness);
    if ((long) rows.size() * nodes.size() > MAX_VALUES) {
      for (int i = rows.size() - 1; i > 0; i -= 1) {
        if (i % 2 == 1) {
          rows.remove(i);
          times.remove(i);
        }
      }
      stride *= 2;
    }
  }
}
