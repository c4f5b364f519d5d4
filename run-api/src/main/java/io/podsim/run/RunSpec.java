package io.podsim.run;

import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run to make: a scenario, one of its profiles by name, and the seed every random choice
 * derives from. The profile comes from the scenario's catalog, or from {@code profileSource} when
 * the caller builds it in code (then the name only labels the run, and the source configures any
 * plugin that measures against a target workload).
 */
public record RunSpec(Scenario scenario, String profile, long seed, ProfileSource profileSource) {
  /** Builds a fresh profile for one run (plugins keep per-run state). */
  @FunctionalInterface
  public interface ProfileSource {
    Profile create(ResourceSchema schema);
  }

  public RunSpec {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(profile, "profile");
    if (profileSource == null) {
      scenario.catalog().requireKnown(profile);
    }
  }

  /** A run of the catalog's profile of that name. */
  public RunSpec(Scenario scenario, String profile, long seed) {
    this(scenario, profile, seed, null);
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
