package io.podsim.cli;

import io.podsim.model.ResourceSchema;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.policies.PluginRegistry;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.PostFilterPlugin;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.QueueSortPlugin;
import io.podsim.scheduler.ScorePlugin;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podsim profiles}: the built-in profiles with their plugins and weights, and every plugin. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the built-in scheduler profiles and the plugins podsim knows.")
final class ProfilesCommand implements Callable<Integer> {
  private static final List<Map.Entry<Class<?>, String>> EXTENSION_POINTS = List.of(
      Map.entry(QueueSortPlugin.class, "QueueSort"), Map.entry(PreFilterPlugin.class, "PreFilter"),
      Map.entry(FilterPlugin.class, "Filter"), Map.entry(PostFilterPlugin.class, "PostFilter"),
      Map.entry(PreScorePlugin.class, "PreScore"), Map.entry(ScorePlugin.class, "Score"));

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ResourceSchema schema = ResourceSchema.standard();
    out.println("Profiles:");
    BuiltInProfiles.all().forEach((name, entry) -> {
      Profile profile = BuiltInProfiles.create(name, schema);
      out.printf("  %s — %s%n", name, entry.description());
      for (Plugin plugin : profile.plugins()) {
        int weight = profile.weightOf(plugin.name());
        out.printf("      %-32s %s%s%n", plugin.name(), String.join(", ", extensionPoints(plugin)),
            weight > 0 ? "  weight " + weight : "");
      }
    });
    out.println();
    out.println("Plugins:");
    for (String name : PluginRegistry.names()) {
      out.printf("  %-34s %s%n", name, String.join(", ", extensionPoints(PluginRegistry.create(name, schema))));
    }
    return 0;
  }

  private static List<String> extensionPoints(Plugin plugin) {
    return EXTENSION_POINTS.stream().filter(point -> point.getKey().isInstance(plugin)).map(Map.Entry::getValue)
        .toList();
  }
}
