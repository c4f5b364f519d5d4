package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.SimTime;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.function.LongSupplier;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * How long a synthetic pod runs: none (to the end), constant, exponential, lognormal, Pareto, or
 * empirical (drawn from a trace's run times).
 */
sealed interface DurationModel {
  /** Run times in microseconds, drawn from {@code random}. */
  LongSupplier sampler(RandomGenerator random);

  static DurationModel of(ScenarioFile.DurationDistribution spec, SyntheticWorkload.TraceRunTimes traces,
      String path) {
    if (spec == null) {
      return new RunToEnd();
    }
    String kind = Fields.required(spec.distribution(), path + ".distribution");
    return switch (kind) {
      case "constant" -> new Constant(Fields.time(Fields.required(spec.value(), path + ".value"), path + ".value", 0));
      case "exponential" -> new Exponential(seconds(spec.mean(), path + ".mean"));
      case "lognormal" -> Lognormal.of(seconds(spec.mean(), path + ".mean"), seconds(spec.stddev(), path + ".stddev"));
      case "pareto" -> {
        double shape = Fields.required(spec.shape(), path + ".shape");
        if (!(shape > 0)) {
          throw new InputError(path + ".shape: expected a number > 0, found " + shape);
        }
        yield new Pareto(seconds(spec.scale(), path + ".scale"), shape);
      }
      case "empirical" -> {
        long[] runTimes = traces.read(Fields.required(spec.trace(), path + ".trace"), path + ".trace");
        if (runTimes.length == 0) {
          throw new InputError(path + ".trace: the trace has no pod with a run time to draw from");
        }
        yield new Empirical(runTimes);
      }
      default -> throw new InputError(path + ".distribution: expected constant, exponential, lognormal, pareto"
          + " or empirical, found '" + kind + "'");
    };
  }

  private static double seconds(String text, String path) {
    long micros = Fields.time(Fields.required(text, path), path, 0);
    if (micros <= 0) {
      throw new InputError(path + ": expected a duration > 0");
    }
    return SimTime.seconds(micros);
  }

  private static long micros(double seconds) {
    return Math.max(0, Math.round(seconds * SimTime.SECOND));
  }

  /** Pods run until the end of the simulation. */
  record RunToEnd() implements DurationModel {
    public LongSupplier sampler(RandomGenerator random) {
      return () -> PodSpec.NO_DURATION;
    }
  }

  /** Every pod runs the same time. */
  record Constant(long micros) implements DurationModel {
    public LongSupplier sampler(RandomGenerator random) {
      return () -> micros;
    }
  }

  /** Exponential run times with the given mean. */
  record Exponential(double meanSeconds) implements DurationModel {
    public LongSupplier sampler(RandomGenerator random) {
      ExponentialDistribution distribution = new ExponentialDistribution(random, meanSeconds);
      return () -> micros(distribution.sample());
    }
  }

  /** Pareto run times: at least {@code scaleSeconds}, with tail index {@code shape} (heavy for small shapes). */
  record Pareto(double scaleSeconds, double shape) implements DurationModel {
    public LongSupplier sampler(RandomGenerator random) {
      ParetoDistribution distribution = new ParetoDistribution(random, scaleSeconds, shape);
      return () -> micros(distribution.sample());
    }
  }

  /** Run times drawn uniformly, with replacement, from those a trace recorded. */
  record Empirical(long[] runTimes) implements DurationModel {
    public LongSupplier sampler(RandomGenerator random) {
      return () -> runTimes[random.nextInt(runTimes.length)];
    }
  }

  /** Lognormal run times with the given mean and standard deviation (not of the logarithm). */
  record Lognormal(double mu, double sigma) implements DurationModel {
    static Lognormal of(double mean, double stddev) {
      double sigmaSquared = Math.log(1 + (stddev * stddev) / (mean * mean));
      return new Lognormal(Math.log(mean) - sigmaSquared / 2, Math.sqrt(sigmaSquared));
    }

    public LongSupplier sampler(RandomGenerator random) {
      LogNormalDistribution distribution = new LogNormalDistribution(random, mu, sigma);
      return () -> micros(distribution.sample());
    }
  }
}
