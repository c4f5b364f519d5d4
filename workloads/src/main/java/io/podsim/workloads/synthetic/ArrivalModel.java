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
 * daily curve (piecewise constant from each point's time of day), drawn by inverting its
 * cumulative rate: each gap consumes one exponential draw of "expected arrivals", segment by
 * segment, so rates far apart (or zero through the night) cost no more than equal ones.
 */
sealed interface ArrivalModel {
  /** The highest rate, in pods per second: more than one pod a microsecond cannot be told apart. */
  double MAX_RATE = 1_000_000;
  /** The lowest rate a run can use, one pod in a thousand days: slower arrivals fall beyond any run. */
  double MIN_DAILY_PODS = 0.001;

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
    if (!(rate * Curve.DAY >= MIN_DAILY_PODS) || rate > MAX_RATE) {
      throw new InputError(path + ".arrivalRate: expected pods per second from one in a thousand days to"
          + " 1,000,000 (one a microsecond), found " + rate);
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
  record Curve(double[] starts, double[] rates) implements ArrivalModel {
    static final double DAY = 86_400;

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
        if (start >= DAY || !(rate >= 0) || rate > MAX_RATE) {
          throw new InputError(at + ": expected a time of day below 24h and a rate from 0 to 1,000,000 pods per"
              + " second");
        }
        sorted.add(new double[] {start, rate});
      }
      sorted.sort((a, b) -> Double.compare(a[0], b[0]));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i)[0] == sorted.get(i - 1)[0]) {
          throw new InputError(path + ": two points start at the same time of day, "
              + SimTime.format(Math.round(sorted.get(i)[0] * SimTime.SECOND)));
        }
      }
      if (sorted.stream().noneMatch(p -> p[1] > 0)) {
        throw new InputError(path + ": at least one rate must be > 0");
      }
      Curve curve = new Curve(sorted.stream().mapToDouble(p -> p[0]).toArray(),
          sorted.stream().mapToDouble(p -> p[1]).toArray());
      if (curve.dailyArrivals() < MIN_DAILY_PODS) {
        throw new InputError(path + ": the curve brings " + curve.dailyArrivals() + " pods a day, fewer than one"
            + " in a thousand days");
      }
      return curve;
    }

    public DoubleUnaryOperator sampler(RandomGenerator random) {
      ExponentialDistribution expected = new ExponentialDistribution(random, 1);
      double daily = dailyArrivals();
      return now -> {
        double left = expected.sample();
        double t = now;
        // Any 24 hours of the curve bring the same arrivals: skip whole days at once.
        double days = Math.floor(left / daily);
        t += days * DAY;
        left -= days * daily;
        while (true) {
          double timeOfDay = t % DAY;
          int segment = segmentAt(timeOfDay);
          double end = segment + 1 < starts.length ? starts[segment + 1] : DAY;
          double rate = rates[segment < 0 ? starts.length - 1 : segment];
          double arrivals = rate * (end - timeOfDay);
          if (rate > 0 && arrivals >= left) {
            return t + left / rate;
          }
          left -= arrivals;
          double next = t - timeOfDay + end;
          t = next > t ? next : Math.nextUp(t);
        }
      };
    }

    /** Expected arrivals in one day of the curve. */
    private double dailyArrivals() {
      double daily = 0;
      for (int i = 0; i < starts.length; i++) {
        daily += rates[i] * ((i + 1 < starts.length ? starts[i + 1] : DAY + starts[0]) - starts[i]);
      }
      return daily;
    }

    /** The last point at or before a time of day; -1 before the first (the previous day's last holds). */
    private int segmentAt(double timeOfDay) {
      int segment = -1;
      for (int i = 0; i < starts.length && starts[i] <= timeOfDay; i++) {
        segment = i;
      }
      return segment;
    }
  }
}
