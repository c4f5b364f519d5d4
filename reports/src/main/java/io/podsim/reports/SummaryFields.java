package io.podsim.reports;

/**
 * The keys of summary.json, comparison.json and bench.json that are not metrics: what a result is
 * (scenario, profile, seed, bench workload), how results are grouped, and the statistics over seeds.
 */
public final class SummaryFields {
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String SCENARIO = "scenario";
  public static final String PROFILE = "profile";
  public static final String SEED = "seed";
  /** A mean over seeds lists its seeds here instead of one {@link #SEED}. */
  public static final String SEEDS = "seeds";
  /** The field that names a bench result, where a run's summary has {@link #PROFILE}. */
  public static final String WORKLOAD = "workload";
  /** comparison.json: the profiles' summaries. */
  public static final String PROFILES = "profiles";
  /** bench.json as a baseline: the workloads' results. */
  public static final String WORKLOADS = "workloads";
  /** comparison.json: the paired differences between profiles across seeds. */
  public static final String PAIRED = "paired";
  public static final String FIRST = "first";
  public static final String SECOND = "second";
  public static final String DIFFERENCES = "differences";
  /** A mean summary: per metric path, its spread over seeds. */
  public static final String STATISTICS = "statistics";
  public static final String N = "n";
  public static final String MEAN = "mean";
  public static final String STDDEV = "stddev";
  public static final String CI95_LOW = "ci95Low";
  public static final String CI95_HIGH = "ci95High";
  public static final String EXCLUDES_ZERO = "excludesZero";

  private SummaryFields() {}
}
