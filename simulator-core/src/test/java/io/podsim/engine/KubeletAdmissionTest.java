package io.podsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.testing.Runs;
import io.podsim.testing.TestPlugins;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pod that names its node (spec.nodeName) is never scheduled: the node's kubelet admits it at once
 * or rejects it, and a rejected pod fails (kubelet's canAdmitPod over generalFilter: resource fit
 * and pod count, node affinity and selector, host ports, then NoExecute taints only). Node n0 has
 * 2000m cpu, the label disk=ssd, a NoSchedule taint and is cordoned; n1 has a NoExecute taint. The
 * pod "first" (1500m, nodeName n0) arrives at 0 s; the pod under test arrives at 1 s.
 */
class KubeletAdmissionTest {
  private static final long GI = 1L << 30;
  private static final NodeSpec N0 = new NodeSpec("n0", Resources.of(2000, GI, 0, 110), Map.of("disk", "ssd"),
      List.of(new Taint("dedicated", "batch", TaintEffect.NO_SCHEDULE)), true);
  private static final NodeSpec N1 = new NodeSpec("n1", Resources.of(2000, GI, 0, 110), Map.of(),
      List.of(new Taint("maintenance", "", TaintEffect.NO_EXECUTE)), false);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("a fitting pod runs on its cordoned, NoSchedule-tainted node without a cycle", "n0", 500,
            Map.of(), PodOutcome.RUNNING_AT_END, ""),
        Arguments.of("a pod beyond the node's free cpu fails OutOfcpu", "n0", 1000, Map.of(), PodOutcome.FAILED,
            "OutOfcpu: Node didn't have enough resource: cpu, requested: 1000, used: 1500, capacity: 2000"),
        Arguments.of("a node selector the node does not match fails NodeAffinity", "n0", 100, Map.of("disk", "hdd"),
            PodOutcome.FAILED, "NodeAffinity: Predicate NodeAffinity failed: node(s) didn't match Pod's node"
                + " affinity/selector"),
        Arguments.of("an untolerated NoExecute taint fails TaintToleration", "n1", 100, Map.of(), PodOutcome.FAILED,
            "TaintToleration: Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate"),
        Arguments.of("a node that does not exist leaves the pod pending for ever", "n9", 100, Map.of(),
            PodOutcome.PENDING_AT_END, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theKubeletAdmitsOrRejectsAPodThatNamesItsNode(String description, String node, long milliCpu,
      Map<String, String> nodeSelector, PodOutcome expected, String reason) {
    PodSpec first = pod("first", "n0", 1500, Map.of(), 0);
    PodSpec tested = pod("tested", node, milliCpu, nodeSelector, 1_000_000);
    Runs.Outcome run = Runs.run(TestPlugins.spreading(), List.of(N0, N1), List.of(first, tested), 1,
        SimulationOptions.NO_HORIZON);

    assertThat(run.states()).containsEntry("first", PodOutcome.RUNNING_AT_END).containsEntry("tested", expected);
    Pod pod = run.pods().get("tested");
    assertThat(pod.attempts()).as("never scheduled").isZero();
    assertThat(pod.bindTime()).isEqualTo(expected == PodOutcome.RUNNING_AT_END ? 1_000_000 : -1);
    String shown = pod.failureReason() == null ? "" : pod.failureReason() + ": " + pod.failureMessage();
    assertThat(shown).isEqualTo(reason);
    assertThat(run.result().pods().total()).isEqualTo(2);
  }

  private static PodSpec pod(String name, String node, long milliCpu, Map<String, String> nodeSelector,
      long arrival) {
    return new PodSpec(name, "default", Resources.of(milliCpu, 0, 0, 0), Map.of(), 0, arrival, PodSpec.NO_DURATION,
        List.of(), new Placement(node, nodeSelector, null, null, null, List.of(), List.of()));
  }
}
