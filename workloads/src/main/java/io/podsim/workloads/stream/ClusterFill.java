package io.podsim.workloads.stream;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The "fill the cluster" protocol of the FGD paper's evaluation: pods drawn with replacement from a
 * workload arrive {@code every} apart, from time 0, and never end, until their requests of one
 * resource reach a target (a share of the cluster's allocatable of it); the pod that reaches it is
 * the last. Draws come from the run's seed.
 */
public final class ClusterFill {
  /** The most pods a fill may draw: beyond it a run could not finish in reasonable time. */
  public static final long MAX_PODS = 10_000_000;
  /** Mixed into the run seed so the draws have a stream of their own. */
  private static final long FILL_STREAM = 0xF1117L;

  private final List<PodSpec> pool;
  private final long[] demand;
  private final int resource;
  private final long target;
  private final long every;

  /**
   * {@code pool}: the pods to draw from; {@code resource}: the schema index whose requests count;
   * {@code target}: the amount to reach. Refuses a fill no draw can finish or that needs more than
   * {@link #MAX_PODS} pods on average.
   */
  public ClusterFill(List<PodSpec> pool, int resource, String resourceName, long target, long every) {
    this.pool = List.copyOf(pool);
    this.resource = resource;
    this.target = target;
    this.every = every;
    this.demand = this.pool.stream().mapToLong(p -> p.requests().get(resource)).toArray();
    long total = 0;
    for (long d : demand) {
      total += d;
    }
    if (total == 0) {
      throw new InputError("workload.fill: no pod of the workload requests " + resourceName
          + ", so no number of pods can fill the cluster with it");
    }
    double expected = (double) target * demand.length / total;
    if (expected * every > Long.MAX_VALUE / 4.0) {
      throw new InputError("workload.fill.every: pods that far apart would arrive beyond the longest run podsim"
          + " can simulate");
    }
    if (expected > MAX_PODS) {
      throw new InputError(String.format("workload.fill: reaching the target takes about %,.0f pods, more than"
          + " the limit of %,d", expected, MAX_PODS));
    }
  }

  /** The drawn pods, in arrival order, for one run seed. */
  public PodStream open(long runSeed) {
    SplittableRandom random = new SplittableRandom(runSeed ^ FILL_STREAM);
    return new PodStream() {
      private long arrived;
      private long count;

      @Override
      public PodSpec next() {
        if (arrived >= target) {
          return null;
        }
        int drawn = random.nextInt(pool.size());
        arrived += demand[drawn];
        PodSpec pod = pool.get(drawn).copy(pool.get(drawn).name() + "-fill-" + count, count * every,
            PodSpec.NO_DURATION);
        count++;
        return pod;
      }
    };
  }
}
