package io.podsim.run;

import io.podsim.workloads.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One run to make: a scenario, the name of one of its profiles, and the seed every random choice derives from. */
public record RunSpec(Scenario scenario, String profile, long seed) {
  public RunSpec {
    Objects.requireNonNull(scenario, "scenario");
    scenario.catalog().requireKnown(profile);
  }

  /** Each profile on each seed, profile by profile: the runs of one {@code podsim run}. */
  public static List<RunSpec> every(Scenario scenario, List<String> profiles, List<Long> seeds) {
    List<RunSpec> runs = new ArrayList<>();
    for (String profile : profiles) {
      for (long seed : seeds) {
        runs.add(new RunSpec(scenario, profile, seed));
      }
    }
    return runs;
  }
}
