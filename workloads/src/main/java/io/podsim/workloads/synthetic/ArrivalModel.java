package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.SimTime;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * When synthetic pods arrive: a Poisson process at a constant rate, or one whose rate follows a
 * daily curve (piecewise constant from each point's time of day), drawn by thinning.
 */
sealed interface ArrivalModel {
  /** A function from the current time to the next arrival time, both in seconds. */
  DoubleUnaryOperator sampler(RandomGenerator random);

  static ArrivalModel of(ScenarioFile.Synthetic spec, String path) {
    if (spec.rateCurve() != null && spec.arrivalRate() != null) {
      throw new InputError(path + ": give arrivalRate or rateCurve, not both");
    }
    if (spec.rateCurve() != null) {
      return Curve.of(spec.rateCurve(), path + ".rateCurve");
    }
    double rate = Fields.required(spec.arrivalRate(), path + ".arrivalRate");
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new InputError(path + ".arrivalRate: expected pods per second > 0, found " + rate);
    }
    return new Constant(rate);
  }

  /** Exponential gaps at a constant rate. */
  record Constant(double rate) implements ArrivalModel {
    public DoubleUnaryOperator sampler(RandomGenerator random) {
      ExponentialDistribution gaps = new ExponentialDistribution(random, 1 / rate);
      return now -> now + gaps.sample();
    }
  }

  /** A daily rate curve: from {@code starts[i]} seconds after midnight the rate is {@code rates[i]}. */
  record Curve(double[] starts, double[] rates, double maxRate) implements ArrivalModel {
    private static final double DAY = 86_400;

    static Curve of(List<ScenarioFile.RatePoint> points, String path) {
      if (points.isEmpty()) {
        throw new InputError(path + ": at least one point is required");
      }
      List<double[]> sorted = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        ScenarioFile.RatePoint p = points.get(i);
        String at = path + "[" + i + "]";
        double start = SimTime.seconds(Fields.time(Fields.required(p.at(), at + ".at"), at + ".at", 0));
        double rate = Fields.required(p.rate(), at + ".rate");
        if (start >= DAY || rate < 0 || Double.isInfinite(rate)) {
          throw new InputError(at + ": expected a time of day below 24h and a rate >= 0");
        }
        sorted.add(new double[] {start, rate});
      }
      sorted.sort((a, b) -> Double.compare(a[0], b[0]));
      double max = sorted.stream().mapToDouble(p -> p[1]).max().orElse(0);
      if (max <= 0) {
        throw new InputError(path + ": at least one rate must be > 0");
      }
      return new Curve(sorted.stream().mapToDouble(p -> p[0]).toArray(),
          sorted.stream().mapToDouble(p -> p[1]).toArray(), max);
    }

    /** The rate in force at a time; before the first point of a day the previous day's last one holds. */
    double rateAt(double seconds) {
      double timeOfDay = seconds % DAY;
      double rate = rates[rates.length - 1];
      for (int i = 0; i < starts.length && starts[i] <= timeOfDay; i++) {
        rate = rates[i];
      }
      return rate;
    }

    public DoubleUnaryOperator sampler(RandomGenerator random) {
      ExponentialDistribution gaps = new ExponentialDistribution(random, 1 / maxRate);
      return now -> {
        double t = now;
        do {
          t += gaps.sample();
        } while (random.nextDouble() * maxRate > rateAt(t));
        return t;
      };
    }
  }
}
