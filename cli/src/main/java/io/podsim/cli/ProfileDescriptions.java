package io.podsim.cli;

import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.List;

/** A profile's plugins per extension point, as people read them: {@code score: NodeAffinity ×2, ...}. */
final class ProfileDescriptions {
  private ProfileDescriptions() {}

  /** One line per extension point. */
  static List<String> lines(Profile profile) {
    List<String> lines = new ArrayList<>();
    for (ExtensionPoint point : ExtensionPoint.values()) {
      lines.add(point.configName() + ": " + describe(profile, point));
    }
    return lines;
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
    };
    return names.isEmpty() ? "-" : String.join(", ", names);
  }
}
