package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.policies.noderesources.ScoringStrategy;
import io.podsim.scheduler.Profile;
import org.junit.jupiter.api.Test;

class BuiltInProfilesTest {
  @Test
  void leastAllocatedSpreadsAndMostAllocatedPacks() {
    assertThat(strategyOf(BuiltInProfiles.create("least-allocated", PodsAndNodes.SCHEMA)))
        .isEqualTo(ScoringStrategy.LEAST_ALLOCATED);
    assertThat(strategyOf(BuiltInProfiles.create("most-allocated", PodsAndNodes.SCHEMA)))
        .isEqualTo(ScoringStrategy.MOST_ALLOCATED);
  }

  @Test
  void everyRunGetsItsOwnPluginInstances() {
    Profile first = BuiltInProfiles.create("least-allocated", PodsAndNodes.SCHEMA);
    Profile second = BuiltInProfiles.create("least-allocated", PodsAndNodes.SCHEMA);
    assertThat(first.plugins()).doesNotContainAnyElementsOf(second.plugins());
  }

  @Test
  void anUnknownProfileIsAUserErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> BuiltInProfiles.create("fastest", PodsAndNodes.SCHEMA)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("unknown profile 'fastest'; known: [kube-default, least-allocated, most-allocated,");
  }

  @Test
  void everyRegisteredPluginCanBeCreatedByName() {
    assertThat(PluginRegistry.names()).allSatisfy(name ->
        assertThat(PluginRegistry.create(name, PodsAndNodes.SCHEMA).name()).isEqualTo(name));
  }

  private static ScoringStrategy strategyOf(Profile profile) {
    return profile.scores().stream().map(Profile.WeightedScore::plugin).filter(NodeResourcesFit.class::isInstance)
        .map(p -> ((NodeResourcesFit) p).strategy()).findFirst().orElseThrow();
  }
}
