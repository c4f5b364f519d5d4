package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a scenario may ask of any pod trace: keep arrivals in a time window ({@code start},
 * {@code end}, in trace time), keep a seeded random {@code sample} fraction, stretch or compress
 * time ({@code timeScale}: 0.5 replays twice as fast, arrivals and run times alike, measured from the
 * window's start), multiply requests per resource ({@code resourceScale}, rounded to the resource's
 * base unit), stop after {@code limit} pods, and give pods without an owner one: {@code owner} names
 * it for every pod, or {@code ownerLabel} takes it from that label (pods without it stay bare). An
 * owned pod that is evicted is recreated, as a ReplicaSet or Job recreates its pods; a bare pod
 * is not, as in Kubernetes.
 */
public record TraceOptions(long start, long end, double sample, double timeScale, long limit, double[] resourceScale,
    String owner, String ownerLabel) {
  /** Mixed into the run seed so sampling draws a stream of its own. */
  private static final long SAMPLING_STREAM = 0x7A4CEL;

  public static TraceOptions of(ScenarioFile.Trace trace, ResourceSchema schema, String path) {
    long start = Fields.time(trace.start(), path + ".start", 0);
    long end = Fields.time(trace.end(), path + ".end", Long.MAX_VALUE);
    if (end <= start) {
      throw new InputError(path + ".end: must come after start");
    }
    double sample = trace.sample() == null ? 1 : trace.sample();
    if (!(sample > 0 && sample <= 1)) {
      throw new InputError(path + ".sample: expected a fraction in (0, 1], found " + sample);
    }
    double timeScale = trace.timeScale() == null ? 1 : trace.timeScale();
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new InputError(path + ".timeScale: expected a number > 0, found " + timeScale);
    }
    long limit = trace.limit() == null ? Long.MAX_VALUE : trace.limit();
    if (limit < 1) {
      throw new InputError(path + ".limit: expected a whole number >= 1, found " + limit);
    }
    if (trace.owner() != null && trace.ownerLabel() != null) {
      throw new InputError(path + ".ownerLabel: give owner or ownerLabel, not both");
    }
    for (String[] field : new String[][] {{"owner", trace.owner()}, {"ownerLabel", trace.ownerLabel()}}) {
      if (field[1] != null && field[1].isBlank()) {
        throw new InputError(path + "." + field[0] + ": expected a name, found an empty one");
      }
    }
    return new TraceOptions(start, end, sample, timeScale, limit, resourceScale(trace.resourceScale(), schema, path),
        trace.owner(), trace.ownerLabel());
  }

  /** Factor per resource index, or null when no resource is scaled. */
  private static double[] resourceScale(Map<String, Double> given, ResourceSchema schema, String path) {
    if (given == null || given.isEmpty()) {
      return null;
    }
    double[] factors = new double[schema.size()];
    Arrays.fill(factors, 1);
    given.forEach((resource, factor) -> {
      if (!schema.names().contains(resource)) {
        throw new InputError(path + ".resourceScale." + resource + ": unknown resource; known: "
            + String.join(", ", schema.names()));
      }
      if (factor == null || !(factor >= 0) || Double.isInfinite(factor)) {
        throw new InputError(path + ".resourceScale." + resource + ": expected a factor >= 0, found " + factor);
      }
      factors[schema.indexOf(resource)] = factor;
    });
    return factors;
  }

  /** True when the options change nothing. */
  public boolean isIdentity() {
    return start == 0 && end == Long.MAX_VALUE && sample == 1 && timeScale == 1 && limit == Long.MAX_VALUE
        && resourceScale == null && owner == null && ownerLabel == null;
  }

  /** The trace seen through these options; sampling draws from the run's seed. */
  public PodStream apply(PodStream trace, long runSeed) {
    SplittableRandom random = new SplittableRandom(runSeed ^ SAMPLING_STREAM);
    return new PodStream() {
      private long taken;

      @Override
      public PodSpec next() {
        for (PodSpec pod = trace.next(); pod != null && taken < limit; pod = trace.next()) {
          if (pod.arrival() >= end) {
            return null;
          }
          if (pod.arrival() >= start && (sample == 1 || random.nextDouble() < sample)) {
            taken++;
            return rescale(pod);
          }
        }
        return null;
      }

      @Override
      public Map<String, Long> skippedRows() {
        return trace.skippedRows();
      }

      @Override
      public void close() {
        trace.close();
      }
    };
  }

  private Resources scaled(Resources requests) {
    if (resourceScale == null) {
      return requests;
    }
    long[] amounts = new long[requests.size()];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Math.round(requests.get(i) * resourceScale[i]);
    }
    return Resources.of(amounts);
  }

  private PodSpec rescale(PodSpec pod) {
    long arrival = Math.round((pod.arrival() - start) * timeScale);
    long duration = pod.hasDuration() ? Math.round(pod.duration() * timeScale) : PodSpec.NO_DURATION;
    return new PodSpec(pod.name(), pod.namespace(), scaled(pod.requests()), pod.labels(), pod.priority(), arrival,
        duration, pod.tolerations(), pod.placement(), pod.preemptsLowerPriority(), ownerOf(pod), pod.images(),
        pod.gpu());
  }

  private String ownerOf(PodSpec pod) {
    if (pod.owner() != null) {
      return pod.owner();
    }
    return owner != null ? owner : ownerLabel == null ? null : pod.labels().get(ownerLabel);
  }
}
