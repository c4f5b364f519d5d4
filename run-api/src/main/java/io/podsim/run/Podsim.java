package io.podsim.run;

import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door for Java code (a notebook, a test, a sweep): load a scenario, run it with one of
 * its profiles and a seed, read the typed result. {@code podsim run}, {@code experiment fgd} and
 * {@code bench} go through the same {@link Runner} and {@link Batch}.
 */
public final class Podsim {
  private Podsim() {}

  /** Reads and checks a scenario file; a mistake in it is an {@link io.podsim.model.InputError} naming where. */
  public static Scenario load(Path scenarioFile) {
    return ScenarioLoader.load(scenarioFile);
  }

  /** Runs one profile of the scenario on one seed; the sinks (none: keep only the result) get its outputs. */
  public static RunResult run(Scenario scenario, String profile, long seed, RunSink... sinks) throws IOException {
    return new Runner().run(new RunSpec(scenario, profile, seed), List.of(sinks), List.of());
  }

  /** Every profile of the scenario on each of its seeds, as a batch to configure and run. */
  public static Batch batch(Scenario scenario) {
    return new Batch(RunSpec.every(scenario, scenario.profiles(), scenario.seeds()));
  }
}
