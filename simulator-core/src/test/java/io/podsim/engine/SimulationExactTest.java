package io.podsim.engine;

import static io.podsim.testing.Nodes.node;
import static io.podsim.testing.Nodes.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.metrics.RunResult;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.Diagnosis;
import io.podsim.scheduler.PostFilterContext;
import io.podsim.scheduler.PostFilterPlugin;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.Status;
import io.podsim.testing.Runs;
import io.podsim.testing.TestPlugins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small scenarios whose every time and integral is computed by hand. */
class SimulationExactTest {
  private static final long GI = 1L << 30;
  private final List<Pod> victims = new ArrayList<>();

  /**
   * n0 has 4 cpu, n1 2 cpu. a (3 cpu, 0s, runs 10s) only fits n0; b (2 cpu, 1s, 5s) only fits n1;
   * c (2 cpu, 2s, 4s) fits nowhere until b ends at 6s, when its 1s backoff is long over: bound at 6s
   * on n1, ends at 10s with a. Requested cpu: 3 on [0,1), 5 on [1,10) out of 6 → mean 48/60.
   */
  /**
   * The same pods with one attempt per pod (the FGD paper's protocol): c fits nowhere at 2s and ends
   * unschedulable at once after its one attempt; b's end at 6s frees room, but c is not retried.
   */
  @Test
  void withOneAttemptPerPodAPodThatFitsNowhereEndsUnschedulableAndIsNeverRetried() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 4000, GI), node("n1", 2000, GI)),
        List.of(pod("a", 3000, 0, 10), pod("b", 2000, 1, 5), pod("c", 2000, 2, 4)),
        new SimulationOptions(1, SimulationOptions.NO_HORIZON, 0, false));

    assertThat(run.states()).containsEntry("a", PodOutcome.SUCCEEDED).containsEntry("b", PodOutcome.SUCCEEDED)
        .containsEntry("c", PodOutcome.UNSCHEDULABLE);
    assertThat(run.pods().get("c").attempts()).isEqualTo(1);
    assertThat(run.pods().get("c").bindTime()).isEqualTo(-1);
    assertThat(run.result().pods().unschedulable()).isEqualTo(1);
    assertThat(run.result().pods().total()).isEqualTo(3);
    assertThat(run.result().simulation().simulatedSeconds()).isEqualTo(10.0);
  }

  @Test
  void latenciesAndUtilizationMatchTheHandComputation() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 4000, GI), node("n1", 2000, GI)),
        List.of(pod("a", 3000, 0, 10), pod("b", 2000, 1, 5), pod("c", 2000, 2, 4)), 1, SimulationOptions.NO_HORIZON);

    assertThat(run.pods().get("a").bindTime()).isZero();
    assertThat(run.pods().get("b").bindTime()).isEqualTo(1_000_000);
    assertThat(run.pods().get("c").bindTime()).isEqualTo(6_000_000);
    assertThat(run.pods().get("c").endTime()).isEqualTo(10_000_000);
    assertThat(run.pods().get("c").attempts()).isEqualTo(2);
    assertThat(run.states()).containsValues(PodOutcome.SUCCEEDED).doesNotContainValue(PodOutcome.UNSCHEDULABLE);

    RunResult result = run.result();
    assertThat(result.simulation().simulatedSeconds()).isEqualTo(10.0);
    assertThat(result.utilization().get("cpu").mean()).isCloseTo(0.8, within(1e-12));
    assertThat(result.utilization().get("cpu").peak()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(result.utilization().get("memory").mean()).isZero();
    assertThat(result.utilization().get("nodes").mean()).isCloseTo((1 * 1 + 2 * 9) / 20.0, within(1e-12));
    assertThat(result.latency().count()).isEqualTo(3);
    assertThat(result.latency().mean()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(result.latency().max()).isEqualTo(4.0);
    assertThat(result.latency().p50()).isZero();
    assertThat(result.latency().p99()).isCloseTo(4.0, within(4.0 * 1e-3));
    assertThat(result.pods().succeeded()).isEqualTo(3);
  }

  @Test
  void aWaitingPodIsBoundTheMomentItsBackoffEnds() {
    // a holds the only node until 0.5s; b arrives at 0s, fails, and its 1s backoff runs to 1s.
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 1000, GI)),
        List.of(pod("a", 1000, 0, 0.5), pod("b", 1000, 0, 1)), 1, SimulationOptions.NO_HORIZON);
    assertThat(run.pods().get("b").bindTime()).isEqualTo(1_000_000);
    assertThat(run.pods().get("b").attempts()).isEqualTo(2);
  }

  @Test
  void aPodThatNeverFitsIsRetriedEveryFiveMinutesUntilTheHorizon() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 1000, GI)),
        List.of(pod("big", 2000, 0, -1)), 1, 11 * 60_000_000L);
    assertThat(run.states()).containsEntry("big", PodOutcome.UNSCHEDULABLE);
    assertThat(run.pods().get("big").attempts()).isEqualTo(3);
    assertThat(run.pods().get("big").failureMessage()).isEqualTo("0/1 nodes are available: 1 Insufficient cpu.");
    assertThat(run.result().unschedulableReasons()).containsEntry("Insufficient cpu", 1L);
    assertThat(run.result().simulation().simulatedSeconds()).isEqualTo(660.0);
  }

  @Test
  void withoutAHorizonTheRunEndsWhenOnlyFutileRetriesRemain() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 1000, GI)),
        List.of(pod("small", 500, 0, 30), pod("big", 2000, 1, -1)), 1, SimulationOptions.NO_HORIZON);
    assertThat(run.result().simulation().simulatedSeconds()).isEqualTo(30.0);
    assertThat(run.states()).containsEntry("small", PodOutcome.SUCCEEDED).containsEntry("big", PodOutcome.UNSCHEDULABLE);
  }

  @Test
  void theHigherPriorityPodGetsTheLastSlotWhateverTheArrivalOrder() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 1000, GI)),
        List.of(pod("low", 1000, 0, 5, -1), pod("high", 1000, 10, 5, -1)), 1, 60_000_000L);
    assertThat(run.states()).containsEntry("high", PodOutcome.RUNNING_AT_END).containsEntry("low", PodOutcome.UNSCHEDULABLE);
  }

  @Test
  void podsArrivingAfterTheHorizonAreCountedAsNotArrived() {
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 4000, GI)),
        List.of(pod("early", 100, 0, -1), pod("late", 100, 20, 1), pod("later", 100, 30, 1)), 1, 10_000_000L);
    assertThat(run.states()).containsEntry("early", PodOutcome.RUNNING_AT_END)
        .containsEntry("late", PodOutcome.NOT_ARRIVED).containsEntry("later", PodOutcome.NOT_ARRIVED);
    assertThat(run.result().pods().total()).isEqualTo(3);
    assertThat(run.result().pods().sumOfStates()).isEqualTo(3);
  }

  @Test
  void aPostFilterMayEvictAVictimAndThePreemptorBindsOnItsNextAttempt() {
    var evictVictims = new PostFilterPlugin() {
      public String name() {
        return "EvictVictims";
      }

      public Status postFilter(CycleState state, Pod pod,
          ClusterState cluster, Diagnosis diagnosis,
          PostFilterContext context) {
        victims.forEach(v -> context.evict(v, "preempted by " + pod.spec().name()));
        victims.clear();
        return Status.success();
      }
    };
    var profile = Profile.builder("evicting").plugin(new TestPlugins.PrioritySort())
        .plugin(new TestPlugins.Fit()).plugin(evictVictims).build();
    var capture = new SimulationListener() {
      public void onPodBound(long now, Pod pod) {
        if (pod.spec().name().equals("victim")) {
          victims.add(pod);
        }
      }
    };
    Runs.Outcome run = Runs.run(profile, List.of(node("n0", 1000, GI)),
        List.of(pod("victim", 1000, 0, 0, -1), pod("urgent", 1000, 100, 2, -1)), 1, 60_000_000L, capture);
    assertThat(run.states()).containsEntry("victim", PodOutcome.PREEMPTED).containsEntry("urgent", PodOutcome.RUNNING_AT_END);
    assertThat(run.pods().get("urgent").bindTime()).isEqualTo(3_000_000);
    assertThat(run.pods().get("victim").evictionReason()).isEqualTo("preempted by urgent");
    assertThat(run.result().pods().preempted()).isEqualTo(1);
  }


  @Test
  void aPodWithoutDurationRunsToTheHorizon() {
    PodSpec forever = pod("forever", 100, 0, -1);
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(node("n0", 1000, GI)), List.of(forever), 1, 5_000_000L);
    assertThat(run.states()).containsEntry("forever", PodOutcome.RUNNING_AT_END);
    assertThat(run.result().utilization().get("cpu").mean()).isCloseTo(0.1, within(1e-12));
  }
}
