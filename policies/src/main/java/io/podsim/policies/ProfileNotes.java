package io.podsim.policies;

import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.PluginRef;
import io.podsim.policies.SchedulerConfiguration.PluginSet;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.ReservePlugin;
import io.podsim.scheduler.ScorePlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What kube-scheduler accepts in a profile and then ignores, said aloud so that a user learns it:
 * a weight on a plugin that does not score (only Score and multiPoint weights of score plugins
 * count, as {@code getScoreWeights} in kube-scheduler's framework runtime reads them) and a name
 * under {@code disabled} that is no plugin (its {@code mergePluginSet} disables nothing then).
 */
public final class ProfileNotes {
  private ProfileNotes() {}

  /** One line per ignored setting of the profile, in configuration order. */
  public static List<String> of(ProfileConfig config, String profile, ResourceSchema schema) {
    List<String> notes = new ArrayList<>();
    if (config.plugins() == null) {
      return notes;
    }
    for (Map.Entry<String, PluginSet> point : config.plugins().byKey().entrySet()) {
      String path = profile + ".plugins." + point.getKey();
      for (PluginRef ref : point.getValue().enabled()) {
        if (ref.weight() != null && ref.name() != null && !scores(ref.name(), schema, point.getKey())) {
          notes.add(path + ": the weight of " + ref.name() + " is ignored, as kube-scheduler ignores it: only score"
              + " plugins have weights");
        }
      }
      for (PluginRef ref : point.getValue().disabled()) {
        if (ref.name() != null && !ref.name().equals("*") && !PluginRegistry.isModelled(ref.name())
            && !PluginRegistry.NOT_MODELLED.contains(ref.name())) {
          notes.add(path + ".disabled: '" + ref.name() + "' is no plugin, so nothing is disabled (kube-scheduler"
              + " ignores it too)");
        }
      }
    }
    return notes;
  }

  /**
   * A plugin that scores and could choose a GPU pod's devices but is not enabled at Reserve: the
   * devices then go best fit, whatever the plugin's weight, as kube-scheduler runs a plugin only at
   * the extension points a profile enables it at.
   */
  public static List<String> ofAssembled(Profile profile) {
    List<String> notes = new ArrayList<>();
    for (Profile.WeightedScore score : profile.scores()) {
      if (score.plugin() instanceof ReservePlugin reserve && !profile.reserves().contains(reserve)) {
        notes.add(profile.name() + ".plugins.reserve: " + reserve.name() + " scores but does not choose GPU devices,"
            + " which is a Reserve step; enable it under reserve (or multiPoint) to have it choose them, or GPU pods"
            + " get the best-fit devices");
      }
    }
    return notes;
  }

  /**
   * True when a weight on this plugin at this point is read: score, or multiPoint for a score
   * plugin. Plugins podsim does not model are left alone: whether kube-scheduler reads their weight
   * depends on what they implement there.
   */
  private static boolean scores(String name, ResourceSchema schema, String point) {
    if (point.equals("score")) {
      return true;
    }
    if (!PluginRegistry.isModelled(name)) {
      return true;
    }
    return point.equals("multiPoint") && PluginRegistry.create(name, schema) instanceof ScorePlugin;
  }
}
