package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.SimTime;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PodLimits;
import io.podsim.workloads.scenario.ScenarioFile;
import io.podsim.workloads.stream.ListPodStream;
import io.podsim.workloads.stream.MergedPodStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongSupplier;
import org.apache.commons.math3.distribution.EnumeratedDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.Pair;

/**
 * Generated pods: Poisson arrivals at {@code arrivalRate} pods per second (or following a daily
 * {@code rateCurve}) from {@code start}, a request shape drawn by weight for each pod and a run time
 * from the duration distribution; bursts of extra pods on top; and replicated services. The same
 * seed always yields the same pods; without a seed of its own it draws from the run's seed. Base
 * arrivals, each burst and the services draw from streams of their own, so adding a burst leaves
 * the other pods as they were.
 */
public final class SyntheticWorkload {
  /** Reads the run times of a trace's pods, for empirical duration distributions. */
  @FunctionalInterface
  public interface TraceRunTimes {
    long[] read(ScenarioFile.Trace trace, String path);
  }

  private final int pods;
  private final Long seed;
  private final long start;
  private final ArrivalModel arrivals;
  private final DurationModel duration;
  private final List<Pair<PodShape, Double>> shapes;
  private final List<Burst> bursts;
  private final List<ReplicatedService> services;

  private SyntheticWorkload(int pods, Long seed, long start, ArrivalModel arrivals, DurationModel duration,
      List<Pair<PodShape, Double>> shapes, List<Burst> bursts, List<ReplicatedService> services) {
    this.pods = pods;
    this.seed = seed;
    this.start = start;
    this.arrivals = arrivals;
    this.duration = duration;
    this.shapes = shapes;
    this.bursts = bursts;
    this.services = services;
  }

  /** Validates the scenario's {@code synthetic} section. */
  public static SyntheticWorkload of(ScenarioFile.Synthetic spec, PodContext context, TraceRunTimes traces,
      String path) {
    int pods = Fields.required(spec.pods(), path + ".pods");
    if (pods < 0) {
      throw new InputError(path + ".pods: expected a whole number >= 0, found " + pods);
    }
    List<ScenarioFile.Burst> burstSpecs = spec.bursts() == null ? List.of() : spec.bursts();
    boolean drawsShapes = pods > 0 || !burstSpecs.isEmpty();
    ArrivalModel arrivals = pods > 0 || spec.arrivalRate() != null || spec.rateCurve() != null
        ? ArrivalModel.of(spec, path) : null;
    List<ScenarioFile.Shape> shapeSpecs = drawsShapes ? Fields.required(spec.shapes(), path + ".shapes")
        : spec.shapes() == null ? List.of() : spec.shapes();
    if (drawsShapes && shapeSpecs.isEmpty()) {
      throw new InputError(path + ".shapes: at least one shape is required");
    }
    List<Pair<PodShape, Double>> shapes = new ArrayList<>();
    Set<String> shapeNames = new HashSet<>();
    for (int i = 0; i < shapeSpecs.size(); i++) {
      PodShape shape = PodShape.of(shapeSpecs.get(i), context, path + ".shapes[" + i + "]", i);
      if (!shapeNames.add(shape.name())) {
        throw new InputError(path + ".shapes[" + i + "].name: '" + shape.name() + "' names another shape already");
      }
      shapes.add(Pair.create(shape, shape.weight()));
    }
    List<Burst> bursts = new ArrayList<>();
    for (int i = 0; i < burstSpecs.size(); i++) {
      bursts.add(Burst.of(burstSpecs.get(i), i, path + ".bursts[" + i + "]"));
    }
    List<ReplicatedService> services = new ArrayList<>();
    List<ScenarioFile.Service> serviceSpecs = spec.services() == null ? List.of() : spec.services();
    for (int i = 0; i < serviceSpecs.size(); i++) {
      services.add(ReplicatedService.of(serviceSpecs.get(i), context, traces, path + ".services[" + i + "]"));
      if (services.stream().filter(s -> s.name().equals(services.get(services.size() - 1).name())).count() > 1) {
        throw new InputError(path + ".services[" + i + "].name: '" + services.get(services.size() - 1).name()
            + "' names another service already");
      }
    }
    long total = pods + bursts.stream().mapToLong(b -> (long) b.pods() * b.times()).sum();
    long servicePods = services.stream().mapToLong(s -> (long) s.count() * s.replicas()).sum();
    PodLimits.require(servicePods, PodLimits.MAX_LISTED, path + ".services");
    PodLimits.require(total + servicePods, PodLimits.MAX_GENERATED, path);
    DurationModel duration = DurationModel.of(spec.duration(), traces, path + ".duration");
    return new SyntheticWorkload(pods, spec.seed(), Fields.time(spec.start(), path + ".start", 0), arrivals,
        duration, shapes, bursts, services);
  }

  /** A fresh stream of the generated pods. */
  public PodStream open(long runSeed) {
    long base = seed != null ? seed : runSeed;
    List<PodStream> streams = new ArrayList<>();
    if (pods > 0) {
      streams.add(baseArrivals(new Well19937c(base)));
    }
    for (Burst burst : bursts) {
      RandomGenerator random = new Well19937c(base + 1_000_003L * (burst.index() + 1));
      streams.add(burst.open(random, new EnumeratedDistribution<>(random, shapes), duration.sampler(random)));
    }
    if (!services.isEmpty()) {
      RandomGenerator random = new Well19937c(base - 7_919L);
      List<PodSpec> servicePods = new ArrayList<>();
      services.forEach(service -> servicePods.addAll(service.pods(random)));
      streams.add(new ListPodStream(servicePods));
    }
    return new MergedPodStream(streams);
  }

  private PodStream baseArrivals(RandomGenerator random) {
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
