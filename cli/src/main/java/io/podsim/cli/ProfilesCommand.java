package io.podsim.cli;

import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginRegistry;
import io.podsim.policies.ProfileCatalog;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.Scenario;
import io.podsim.workloads.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podsim profiles}: each profile's plugins per extension point with weights, and every plugin. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the scheduler profiles (built-in, and a scenario's own) and the plugins podsim knows.")
final class ProfilesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..1",
      description = "Also list the profiles of this scenario's scheduler configuration.")
  private Path scenarioFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ResourceSchema schema = ResourceSchema.standard();
    ProfileCatalog catalog = ProfileCatalog.builtIn();
    if (scenarioFile != null) {
      Scenario scenario = ScenarioLoader.load(scenarioFile);
      schema = scenario.schema();
      catalog = scenario.catalog();
    }
    out.println("Profiles:");
    for (var entry : catalog.entries().entrySet()) {
      Profile profile = catalog.create(entry.getKey(), schema);
      out.printf("  %s — %s%n", entry.getKey(), entry.getValue().description());
      for (String[] row : ProfileDescriptions.rows(profile, schema)) {
        out.printf("      %-11s %s%n", row[0], row[1]);
      }
    }
    out.println();
    out.println("Plugins (name: extension points):");
    for (String name : PluginRegistry.names()) {
      Plugin plugin = PluginRegistry.create(name, schema);
      out.printf("  %-34s %s%n", name, Stream.of(ExtensionPoint.values()).filter(p -> p.isImplementedBy(plugin))
          .map(ExtensionPoint::configName).collect(Collectors.joining(", ")));
    }
    out.printf("%nAccepted in configurations, not modelled: %s%n",
        String.join(", ", PluginRegistry.NOT_MODELLED.stream().sorted().toList()));
    return 0;
  }
}
