package io.podsim.workloads.trace;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.SplittableRandom;

/**
 * What a scenario may ask of any pod trace: keep arrivals in a time window ({@code start},
 * {@code end}, in trace time), keep a seeded random {@code sample} fraction, stretch or compress
 * time ({@code timeScale}: 0.5 replays twice as fast, arrivals and run times alike, measured from the
 * window's start) and stop after {@code limit} pods.
 */
public record TraceOptions(long start, long end, double sample, double timeScale, long limit) {
  /** Mixed into the run seed so sampling draws a stream of its own. */
  private static final long SAMPLING_STREAM = 0x7A4CEL;

  public static TraceOptions of(ScenarioFile.Trace trace, String path) {
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
    return new TraceOptions(start, end, sample, timeScale, limit);
  }

  /** True when the options change nothing. */
  public boolean isIdentity() {
    return start == 0 && end == Long.MAX_VALUE && sample == 1 && timeScale == 1 && limit == Long.MAX_VALUE;
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
      public void close() {
        trace.close();
      }
    };
  }

  private PodSpec rescale(PodSpec pod) {
    long arrival = Math.round((pod.arrival() - start) * timeScale);
    long duration = pod.hasDuration() ? Math.round(pod.duration() * timeScale) : PodSpec.NO_DURATION;
    return new PodSpec(pod.name(), pod.namespace(), pod.requests(), pod.labels(), pod.priority(), arrival, duration,
        pod.tolerations(), pod.placement(), pod.preemptsLowerPriority(), pod.owner(), pod.images());
  }
}
