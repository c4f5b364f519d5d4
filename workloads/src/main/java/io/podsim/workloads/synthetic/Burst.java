package io.podsim.workloads.synthetic;

import io.podsim.model.InputError;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.apache.commons.math3.distribution.EnumeratedDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Extra pods arriving uniformly within a short window, once or repeatedly. */
record Burst(int index, long at, int pods, long over, long every, int times) {
  static Burst of(ScenarioFile.Burst spec, int index, String path) {
    long at = Fields.time(Fields.required(spec.at(), path + ".at"), path + ".at", 0);
    int pods = Fields.required(spec.pods(), path + ".pods");
    long over = Fields.time(spec.over(), path + ".over", 0);
    int times = spec.times() == null ? 1 : spec.times();
    long every = Fields.time(spec.every(), path + ".every", 0);
    if (pods < 1) {
      throw new InputError(path + ".pods: expected a whole number >= 1, found " + pods);
    }
    if (times < 1) {
      throw new InputError(path + ".times: expected a whole number >= 1, found " + times);
    }
    if (times > 1 && every <= over) {
      throw new InputError(path + ".every: repeated bursts need every > over, so that they do not overlap");
    }
    return new Burst(index, at, pods, over, every, times);
  }

  /** The burst's pods in arrival order, shapes and run times drawn from {@code random}. */
  PodStream open(RandomGenerator random, EnumeratedDistribution<PodShape> shapes, LongSupplier durations) {
    return new PodStream() {
      private int occurrence = -1;
      private long[] arrivals = new long[0];
      private int next;
      private long made;

      @Override
      public PodSpec next() {
        if (next == arrivals.length) {
          if (++occurrence == times) {
            return null;
          }
          arrivals = occurrence(random);
          next = 0;
        }
        PodShape shape = shapes.sample();
        return shape.pod("burst" + index + "-" + shape.name() + "-" + made++, arrivals[next++], durations.getAsLong());
      }

      private long[] occurrence(RandomGenerator random) {
        long start = at + occurrence * every;
        long[] times = new long[pods];
        for (int i = 0; i < pods; i++) {
          times[i] = start + (long) (random.nextDouble() * over);
        }
        Arrays.sort(times);
        return times;
      }
    };
  }
}
