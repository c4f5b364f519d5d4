package io.podsim.cli.experiment;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.policies.ProfileCatalog;
import io.podsim.policies.gpu.GpuFit;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.policies.gpu.TargetWorkloadAware;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import java.util.function.Function;

/**
 * A profile the FGD experiment runs, by name: one of the paper's six policies as its simulator runs
 * them (resource and GPU fit, the one policy scoring every node, ties to the first node of a node
 * order shuffled per seed), or any profile of the catalog as configured. The protocol makes one
 * attempt per pod, so PostFilter plugins (preemption) are left out.
 */
record FgdContender(String name, Function<TargetWorkload, Profile> factory) {
  /** The paper's policy, or else the catalog's profile of that name; {@code tieBreak} overrides when not null. */
  static FgdContender named(String name, ProfileCatalog catalog, ResourceSchema schema, Profile.TieBreak tieBreak) {
    FgdPolicy policy = FgdPolicy.find(name);
    if (policy != null) {
      Profile.TieBreak rule = tieBreak == null ? Profile.TieBreak.SHUFFLED_NODE_ORDER : tieBreak;
      return new FgdContender(policy.paperName(), workload -> paperProfile(policy, workload, schema, rule));
    }
    if (!catalog.names().contains(name)) {
      throw new InputError("--policies: unknown policy or profile '" + name + "'; the paper's policies: "
          + FgdPolicy.paperNames() + "; profiles: " + catalog.names());
    }
    return new FgdContender(name, workload -> {
      Profile profile = catalog.create(name, schema).withoutPostFilters();
      for (Plugin plugin : profile.plugins()) {
        if (plugin instanceof TargetWorkloadAware aware) {
          aware.useTargetWorkload(workload);
        }
      }
      return tieBreak == null ? profile : profile.withTieBreak(tieBreak);
    });
  }

  private static Profile paperProfile(FgdPolicy policy, TargetWorkload workload, ResourceSchema schema,
      Profile.TieBreak tieBreak) {
    return Profile.builder(policy.paperName()).plugin(new PrioritySort())
        .at(ExtensionPoint.FILTER, NodeResourcesFit.fromArgs(PluginArgs.none(), schema), 0).plugin(new GpuFit())
        .plugin(policy.plugin(workload), 1).percentageOfNodesToScore(100).tieBreak(tieBreak).build();
  }

  /** A fresh profile (plugins keep per-run state), measuring fragmentation against {@code workload}. */
  Profile profile(TargetWorkload workload) {
    return factory.apply(workload);
  }
}
