package io.podsim.policies.nodeunschedulable;

import static io.podsim.policies.PodsAndNodes.cluster;
import static io.podsim.policies.PodsAndNodes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NodeUnschedulableTest {
  private static final long[] NODE = {4000, 10000, 0, 110, 0};
  private final NodeUnschedulable plugin = new NodeUnschedulable();

  @Test
  void aCordonedNodeRejectsOrdinaryPods() {
    var status = plugin.filter(new CycleState(new SplittableRandom(1)), pod(0, 0, 0, 0, 0), cluster(NODE, List.of(), true), 0);
    assertThat(status.isRejection()).isTrue();
    assertThat(status.reason()).isEqualTo("node(s) were unschedulable");
  }

  @Test
  void aPodToleratingTheUnschedulableTaintMayStillLand() {
    var toleration = new Toleration("node.kubernetes.io/unschedulable", Toleration.Operator.EXISTS, null,
        TaintEffect.NO_SCHEDULE);
    var status = plugin.filter(new CycleState(new SplittableRandom(1)), pod(List.of(toleration), 0, 0, 0, 0, 0), cluster(NODE, List.of(), true), 0);
    assertThat(status.isSuccess()).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "a toleration {0} lets the pod onto a cordoned node: {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "'node.kubernetes.io/unschedulable Exists NoSchedule', true",
    "'node.kubernetes.io/unschedulable Exists any', true",
    "'<any> Exists any', true",
    "'node.kubernetes.io/unschedulable Exists NoExecute', false",
    "'other Exists NoSchedule', false",
    "'node.kubernetes.io/unschedulable Equal NoSchedule', true",
    "'node.kubernetes.io/unschedulable EqualX NoSchedule', false"
  })
  void tolerationsOfTheCordonTaint(String toleration, boolean admitted) {
    String[] parts = toleration.split(" ");
    String key = parts[0].equals("<any>") ? null : parts[0];
    Toleration.Operator operator = parts[1].equals("Exists") ? Toleration.Operator.EXISTS : Toleration.Operator.EQUAL;
    String value = parts[1].equals("EqualX") ? "x" : null;
    TaintEffect effect = parts[2].equals("any") ? null : TaintEffect.parse(parts[2]);
    var pod = pod(List.of(new Toleration(key, operator, value, effect)), 0, 0, 0, 0, 0);
    assertThat(plugin.filter(new CycleState(new SplittableRandom(1)), pod, cluster(NODE, List.of(), true), 0).isSuccess()).isEqualTo(admitted);
  }

  @Test
  void anUncordonedNodeAcceptsEveryone() {
    assertThat(plugin.filter(new CycleState(new SplittableRandom(1)), pod(0, 0, 0, 0, 0), cluster(NODE), 0).isSuccess()).isTrue();
  }
}
