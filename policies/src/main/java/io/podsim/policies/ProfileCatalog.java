package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.Profile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The profiles a scenario can run, by name: the built-in ones plus those of its scheduler
 * configuration file. Each {@link #create} makes fresh plugin instances, so runs share nothing.
 */
public final class ProfileCatalog {
  /** A named profile: where it comes from and how to build it. */
  public record Entry(String description, ProfileConfig config, int globalPercentage) {}

  private final Map<String, Entry> entries;

  private ProfileCatalog(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The built-in profiles only. */
  public static ProfileCatalog builtIn() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    BuiltInProfiles.all().forEach((name, e) -> entries.put(name, new Entry(e.description(), e.config(), 0)));
    return new ProfileCatalog(entries);
  }

  /**
   * This catalog plus every profile of the configuration, named by its schedulerName; each is
   * assembled once here so a mistake in it is reported before any run.
   */
  public ProfileCatalog with(SchedulerConfiguration config, String source, ResourceSchema schema) {
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    int global = config.percentageOfNodesToScore() == null ? 0 : config.percentageOfNodesToScore();
    if (config.profiles().isEmpty()) {
      throw new InputError(source + ": profiles: at least one profile is required");
    }
    for (int i = 0; i < config.profiles().size(); i++) {
      ProfileConfig profile = config.profiles().get(i);
      String name = profile.schedulerName() == null ? "default-scheduler" : profile.schedulerName();
      // A pod names its scheduler in spec.schedulerName, which the API server checks as a DNS-1123 subdomain.
      String problem = KubeNames.dns1123Subdomain(name);
      if (problem != null) {
        throw new InputError(source + ": profiles[" + i + "].schedulerName: '" + name + "' " + problem);
      }
      if (merged.containsKey(name)) {
        throw new InputError(source + ": profiles[" + i + "].schedulerName: '" + name
            + "' is already a profile; give each profile its own name");
      }
      Entry entry = new Entry("from " + source, profile, global);
      try {
        ProfileAssembler.assemble(profile, global, schema);
      } catch (InputError e) {
        throw e.at(source + ": profiles[" + i + "]");
      }
      merged.put(name, entry);
    }
    return new ProfileCatalog(merged);
  }

  /** The names this catalog knows, built-in ones first. */
  public Set<String> names() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  public Map<String, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  /** Fails with the known names unless the profile exists. */
  public void requireKnown(String name) {
    if (!entries.containsKey(name)) {
      throw new InputError("unknown profile '" + name + "'; known: " + entries.keySet());
    }
  }

  /** A fresh instance of the named profile. */
  public Profile create(String name, ResourceSchema schema) {
    requireKnown(name);
    Entry entry = entries.get(name);
    return ProfileAssembler.assemble(entry.config(), entry.globalPercentage(), schema);
  }
}
