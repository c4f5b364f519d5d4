package io.podsim.metrics;

/**
 * The GPU measures a run on a cluster with GPUs reports, each sampled over the run and summarized
 * by its mean over the samples and its value at the end; {@link #key} names it in summary.json and
 * {@link #column} in gpus.csv.
 */
public enum GpuMeasure {
  ALLOCATED_PCT("allocatedPct", "allocated_pct", "GPUs allocated"),
  UNALLOCATED_PCT("unallocatedPct", "unallocated_pct", "GPUs unallocated"),
  FRAGMENT_PCT("fragmentPct", "fragment_pct", "GPU fragment"),
  FRAGMENT_RATE_PCT("fragmentRatePct", "fragment_rate_pct", "GPU fragment of idle"),
  GPUS_IN_USE("gpusInUse", "gpus_in_use", "GPUs in use");

  /** Summary statistic: the mean over the samples. */
  public static final String MEAN = "mean";
  /** Summary statistic: the value at the end. */
  public static final String END = "end";

  private final String key;
  private final String column;
  private final String label;

  GpuMeasure(String key, String column, String label) {
    this.key = key;
    this.column = column;
    this.label = label;
  }

  /** Its column in gpus.csv. */
  public String column() {
    return column;
  }

  /** The measure of that key. */
  public static GpuMeasure byKey(String key) {
    for (GpuMeasure measure : values()) {
      if (measure.key.equals(key)) {
        return measure;
      }
    }
    throw new IllegalArgumentException("no GPU measure '" + key + "'");
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }
}
