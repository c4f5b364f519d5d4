package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.KubeNames;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.QueueBackoff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profiles a scenario can run, by name: the built-in ones plus those of its scheduler
 * configuration file. Each {@link #create} makes fresh plugin instances, so runs share nothing.
 */
public final class ProfileCatalog {
  /** A named profile: where it comes from and how to build it. */
  public record Entry(String description, ProfileConfig config, int globalPercentage, QueueBackoff backoff) {}

  private final Map<String, Entry> entries;
  private final List<String> notes;

  private ProfileCatalog(Map<String, Entry> entries, List<String> notes) {
    this.entries = entries;
    this.notes = List.copyOf(notes);
  }

  /** Settings of the configurations read that kube-scheduler (and so podsim) ignores, one line each. */
  public List<String> notes() {
    return notes;
  }

  /** The built-in profiles only. */
  public static ProfileCatalog builtIn() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    BuiltInProfiles.all().forEach((name, e) -> entries.put(name, new Entry(e.description(), e.config(), 0,
        QueueBackoff.DEFAULT)));
    return new ProfileCatalog(entries, List.of());
  }

  /**
   * This catalog plus every profile of the configuration, named by its schedulerName; each is
   * assembled once here so a mistake in it is reported before any run.
   */
  public ProfileCatalog with(SchedulerConfiguration config, String source, ResourceSchema schema) {
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    int global = config.percentageOfNodesToScore() == null ? 0 : config.percentageOfNodesToScore();
    QueueBackoff backoff = config.backoff(source);
    // kube-scheduler's SetDefaults_KubeSchedulerConfiguration: no profiles means one default-scheduler.
    List<ProfileConfig> profiles = config.profiles().isEmpty()
        ? List.of(new ProfileConfig("default-scheduler", null, null, null, null, List.of())) : config.profiles();
    List<String> notes = new ArrayList<>(this.notes);
    for (String field : config.ignoredFields()) {
      notes.add(source + ": " + field + ": " + (field.equals("extenders")
          ? "scheduler extenders are not modelled: their filters and scores are not applied"
          : "accepted and ignored, as it does not shape placement"));
    }
    for (int i = 0; i < profiles.size(); i++) {
      ProfileConfig profile = profiles.get(i);
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
      Entry entry = new Entry(profile.description() == null ? "from " + source
          : profile.description() + " (from " + source + ")", profile, global, backoff);
      Profile assembled;
      try {
        assembled = ProfileAssembler.assemble(profile, global, backoff, schema);
      } catch (InputError e) {
        throw e.at(source + ": profiles[" + i + "]");
      }
      merged.put(name, entry);
      ProfileNotes.of(profile, name, schema).forEach(note -> notes.add(source + ": " + note));
      ProfileNotes.ofAssembled(assembled).forEach(note -> notes.add(source + ": " + note));
    }
    return new ProfileCatalog(merged, notes);
  }

  /**
   * This catalog with every profile scoring the given share of feasible nodes unless it sets its
   * own, as the top-level percentageOfNodesToScore of a KubeSchedulerConfiguration does.
   */
  public ProfileCatalog withPercentageOfNodesToScore(int percentage) {
    Map<String, Entry> changed = new LinkedHashMap<>();
    entries.forEach((name, e) -> changed.put(name, new Entry(e.description(), e.config(), percentage, e.backoff())));
    return new ProfileCatalog(changed, notes);
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
    return ProfileAssembler.assemble(entry.config(), entry.globalPercentage(), entry.backoff(), schema);
  }
}
