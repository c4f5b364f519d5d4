package io.podsim.policies.defaultpreemption;

import static io.podsim.policies.Simulations.node;
import static io.podsim.policies.Simulations.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.PodOutcome;
import io.podsim.model.PodSpec;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.policies.Simulations;
import io.podsim.policies.Simulations.Fate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultPreemptionTest {
  @Test
  void theNodeWhoseVictimsHaveTheLowestPriorityIsChosen() {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4), node("b", 4)),
        List.of(pod("low", 4, 1, 0), pod("mid", 4, 5, 0), pod("urgent", 4, 10, 1)), 60);
    assertThat(fates.get("low").outcome()).isEqualTo(PodOutcome.PREEMPTED);
    assertThat(fates.get("mid").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
    assertThat(fates.get("urgent").node()).isEqualTo(fates.get("low").node());
  }

  @Test
  void theNodeNeedingFewerVictimsWinsAtEqualPriority() {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4), node("b", 4)),
        List.of(pod("big", 4, 1, 0), pod("small-1", 2, 1, 0), pod("small-2", 2, 1, 0), pod("urgent", 4, 10, 1)), 60);
    assertThat(fates.get("big").outcome()).isEqualTo(PodOutcome.PREEMPTED);
    assertThat(fates.get("small-1").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
    assertThat(fates.get("small-2").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
  }

  @Test
  void victimsThePreemptorCanDoWithoutAreReprievedMostImportantFirst() {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4)),
        List.of(pod("less", 2, 1, 0), pod("more", 2, 2, 0), pod("urgent", 2, 10, 1)), 60);
    assertThat(fates.get("less").outcome()).isEqualTo(PodOutcome.PREEMPTED);
    assertThat(fates.get("more").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
    assertThat(fates.get("urgent").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
  }

  @ParameterizedTest(name = "a preemptor of priority {0} against running pods of priority 10: preempts = {1}")
  @CsvSource({"10, false", "9, false", "11, true"})
  void onlyStrictlyLowerPriorityPodsAreVictims(int priority, boolean preempts) {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4)),
        List.of(pod("running", 4, 10, 0), pod("newcomer", 4, priority, 1)), 60);
    assertThat(fates.get("running").outcome() == PodOutcome.PREEMPTED).isEqualTo(preempts);
    assertThat(fates.get("newcomer").outcome())
        .isEqualTo(preempts ? PodOutcome.RUNNING_AT_END : PodOutcome.UNSCHEDULABLE);
  }

  @Test
  void nodesRejectedForReasonsEvictionCannotCureAreLeftAlone() {
    Taint keepOut = new Taint("dedicated", "other", TaintEffect.NO_SCHEDULE);
    PodSpec tolerant = pod("tolerant-low", 4, 1, 0);
    tolerant = new PodSpec(tolerant.name(), null, tolerant.requests(), Map.of(), 1, 0, PodSpec.NO_DURATION,
        List.of(new Toleration("dedicated", Toleration.Operator.EXISTS, null, null)));
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("tainted", 8, keepOut), node("b", 4)),
        List.of(tolerant, pod("mid", 4, 5, 0.5), pod("urgent", 4, 10, 1)), 60);
    assertThat(fates.get("tolerant-low").node()).isEqualTo("tainted");
    assertThat(fates.get("urgent").node()).isEqualTo("b");
    assertThat(fates.get("mid").outcome()).isEqualTo(PodOutcome.PREEMPTED);
  }

  @Test
  void amongOtherwiseEqualNodesTheOneWhoseVictimStartedLatestIsChosen() {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4), node("b", 4)),
        List.of(pod("old", 4, 1, 0), pod("young", 4, 1, 5), pod("urgent", 4, 10, 10)), 60);
    assertThat(fates.get("young").outcome()).isEqualTo(PodOutcome.PREEMPTED);
    assertThat(fates.get("old").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
  }

  @Test
  void thePreemptorBindsOnItsNominatedNodeAndALowerPriorityArrivalCannotTakeTheRoom() {
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4)),
        List.of(pod("victim", 4, 1, 0), pod("urgent", 4, 10, 1), pod("sneaky", 4, 5, 1.5)), 60);
    Fate urgent = fates.get("urgent");
    assertThat(urgent.outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
    assertThat(urgent.pod().bindTime()).isEqualTo(2_000_000L);
    assertThat(fates.get("sneaky").outcome()).isEqualTo(PodOutcome.UNSCHEDULABLE);
    assertThat(fates.get("victim").pod().evictionReason()).isEqualTo("preempted by default/urgent on a");
  }

  @Test
  void aPodWithPreemptionPolicyNeverWaitsInstead() {
    PodSpec polite = pod("polite", 4, 10, 1);
    polite = new PodSpec("polite", null, polite.requests(), Map.of(), 10, polite.arrival(), PodSpec.NO_DURATION,
        List.of(), null, false, null);
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4)),
        List.of(pod("running", 4, 1, 0), polite), 60);
    assertThat(fates.get("running").outcome()).isEqualTo(PodOutcome.RUNNING_AT_END);
    assertThat(fates.get("polite").outcome()).isEqualTo(PodOutcome.UNSCHEDULABLE);
  }

  @Test
  void anEvictedPodWithAnOwnerIsRecreatedAndWaitsForRoom() {
    PodSpec replica = pod("web-0", 4, 1, 0);
    replica = new PodSpec("web-0", null, replica.requests(), Map.of(), 1, 0, PodSpec.NO_DURATION, List.of(), null,
        true, "web");
    Map<String, Fate> fates = Simulations.run("kube-default", List.of(node("a", 4)),
        List.of(replica, pod("urgent", 4, 10, 1)), 60);
    assertThat(fates.get("web-0").outcome()).isEqualTo(PodOutcome.PREEMPTED);
    Fate replacement = fates.values().stream().filter(f -> f.pod().isReplacement()).findFirst().orElseThrow();
    assertThat(replacement.pod().spec().name()).startsWith("web-0-r");
    assertThat(replacement.pod().spec().arrival()).isEqualTo(1_000_000L);
    assertThat(replacement.outcome()).isEqualTo(PodOutcome.UNSCHEDULABLE);
    assertThat(fates).hasSize(3);
  }

  @ParameterizedTest(name = "{0} potential nodes give {1} candidates")
  @CsvSource({"5, 5", "100, 100", "999, 100", "2000, 200"})
  void candidateCountFollowsKubeScheduler(int nodes, int candidates) {
    assertThat(DefaultPreemption.numCandidates(nodes, 10, 100)).isEqualTo(candidates);
  }
}
