package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.SimTime;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongSupplier;
import org.apache.commons.math3.distribution.EnumeratedDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.Pair;

/**
 * Generated pods: Poisson arrivals at {@code arrivalRate} pods per second (or following a daily
 * {@code rateCurve}) from {@code start}, a
 * request shape drawn by weight for each pod, and a run time from the duration distribution. The
 * same seed always yields the same pods; without a seed of its own it draws from the run's seed.
 */
public final class SyntheticWorkload {
  private final int pods;
  private final Long seed;
  private final long start;
  private final ArrivalModel arrivals;
  private final DurationModel duration;
  private final List<Pair<PodShape, Double>> shapes;

  private SyntheticWorkload(int pods, Long seed, long start, ArrivalModel arrivals, DurationModel duration,
      List<Pair<PodShape, Double>> shapes) {
    this.pods = pods;
    this.seed = seed;
    this.start = start;
    this.arrivals = arrivals;
    this.duration = duration;
    this.shapes = shapes;
  }

  /** Validates the scenario's {@code synthetic} section. */
  public static SyntheticWorkload of(ScenarioFile.Synthetic spec, PodContext context, String path) {
    int pods = Fields.required(spec.pods(), path + ".pods");
    if (pods < 0) {
      throw new InputError(path + ".pods: expected a whole number >= 0, found " + pods);
    }
    ArrivalModel arrivals = ArrivalModel.of(spec, path);
    List<ScenarioFile.Shape> shapeSpecs = Fields.required(spec.shapes(), path + ".shapes");
    if (shapeSpecs.isEmpty()) {
      throw new InputError(path + ".shapes: at least one shape is required");
    }
    List<Pair<PodShape, Double>> shapes = new ArrayList<>();
    for (int i = 0; i < shapeSpecs.size(); i++) {
      String at = path + ".shapes[" + i + "]";
      PodShape shape = PodShape.of(shapeSpecs.get(i), context, at, i);
      shapes.add(Pair.create(shape, shape.weight()));
    }
    DurationModel duration = DurationModel.of(spec.duration(), path + ".duration");
    return new SyntheticWorkload(pods, spec.seed(), Fields.time(spec.start(), path + ".start", 0), arrivals,
        duration, shapes);
  }

  /** A fresh stream of the generated pods. */
  public PodStream open(long runSeed) {
    RandomGenerator random = new Well19937c(seed != null ? seed : runSeed);
    DoubleUnaryOperator nextArrival = arrivals.sampler(random);
    EnumeratedDistribution<PodShape> shapePicker = new EnumeratedDistribution<>(random, shapes);
    LongSupplier durations = duration.sampler(random);
    return new PodStream() {
      private int made;
      private double clockSeconds = SimTime.seconds(start);

      @Override
      public PodSpec next() {
        if (made >= pods) {
          return null;
        }
        clockSeconds = nextArrival.applyAsDouble(clockSeconds);
        PodShape shape = shapePicker.sample();
        long arrival = Math.round(clockSeconds * SimTime.SECOND);
        return shape.pod(shape.name() + "-" + made++, arrival, durations.getAsLong());
      }
    };
  }
}
