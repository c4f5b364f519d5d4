package io.podsim.cli;

import io.podsim.model.ResourceSchema;
import io.podsim.model.SimTime;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A profile as people read it: how many nodes it scores, how it breaks ties, its plugins per
 * extension point ({@code score: NodeAffinity ×2, ...}) and their effective arguments.
 */
final class ProfileDescriptions {
  private static final Map<Profile.TieBreak, String> TIE_BREAKS = Map.of(
      Profile.TieBreak.RANDOM, "a seeded draw among the best nodes, as kube-scheduler's selectHost",
      Profile.TieBreak.NODE_ORDER, "the first best node in the order the cluster lists them",
      Profile.TieBreak.SHUFFLED_NODE_ORDER, "the first best node in a node order shuffled per seed");

  private ProfileDescriptions() {}

  /** Labelled lines: nodes scored, tie-break, one per extension point, then each plugin's arguments. */
  static List<String[]> rows(Profile profile, ResourceSchema schema) {
    List<String[]> rows = new ArrayList<>();
    int percentage = profile.percentageOfNodesToScore();
    rows.add(new String[] {"nodes", percentage == 0 ? "adaptive percentageOfNodesToScore"
        : percentage + "% of nodes scored"});
    Profile.TieBreak rule = profile.tieBreak();
    rows.add(new String[] {"tieBreak", rule.configName() + " (" + TIE_BREAKS.get(rule) + ")"});
    rows.add(new String[] {"backoff", SimTime.format(profile.backoff().initial()) + " after a failed cycle, doubling to "
        + SimTime.format(profile.backoff().max())});
    for (ExtensionPoint point : ExtensionPoint.values()) {
      rows.add(new String[] {point.configName(), describe(profile, point)});
    }
    for (Plugin plugin : profile.plugins()) {
      String args = plugin.describeArgs(schema);
      if (!args.isEmpty()) {
        rows.add(new String[] {"args", plugin.name() + ": " + args});
      }
    }
    return rows;
  }

  /** The rows as {@code label: text} lines. */
  static List<String> lines(Profile profile, ResourceSchema schema) {
    return rows(profile, schema).stream().map(r -> r[0] + ": " + r[1]).toList();
  }

  /** The plugins at one extension point, score plugins with their weights. */
  static String describe(Profile profile, ExtensionPoint point) {
    List<String> names = switch (point) {
      case QUEUE_SORT -> List.of(profile.queueSort().name());
      case PRE_FILTER -> profile.preFilters().stream().map(Plugin::name).toList();
      case FILTER -> profile.filters().stream().map(Plugin::name).toList();
      case POST_FILTER -> profile.postFilters().stream().map(Plugin::name).toList();
      case PRE_SCORE -> profile.preScores().stream().map(Plugin::name).toList();
      case SCORE -> profile.scores().stream().map(s -> s.plugin().name() + " ×" + s.weight()).toList();
      case RESERVE -> profile.reserves().stream().map(Plugin::name).toList();
    };
    return names.isEmpty() ? "-" : String.join(", ", names);
  }
}
