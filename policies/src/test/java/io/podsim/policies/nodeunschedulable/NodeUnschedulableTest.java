package io.podsim.policies.nodeunschedulable;

import static io.podsim.policies.PodsAndNodes.cluster;
import static io.podsim.policies.PodsAndNodes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.TaintEffect;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeUnschedulableTest {
  private static final long[] NODE = {4000, 10000, 0, 110, 0};
  private final NodeUnschedulable plugin = new NodeUnschedulable();

  @Test
  void aCordonedNodeRejectsOrdinaryPods() {
    var status = plugin.filter(new CycleState(), pod(0, 0, 0, 0, 0), cluster(NODE, List.of(), true), 0);
    assertThat(status.isRejection()).isTrue();
    assertThat(status.reason()).isEqualTo("node(s) were unschedulable");
  }

  @Test
  void aPodToleratingTheUnschedulableTaintMayStillLand() {
    var toleration = new Toleration("node.kubernetes.io/unschedulable", Toleration.Operator.EXISTS, null,
        TaintEffect.NO_SCHEDULE);
    var status = plugin.filter(new CycleState(), pod(List.of(toleration), 0, 0, 0, 0, 0), cluster(NODE, List.of(), true), 0);
    assertThat(status.isSuccess()).isTrue();
  }

  @Test
  void anUncordonedNodeAcceptsEveryone() {
    assertThat(plugin.filter(new CycleState(), pod(0, 0, 0, 0, 0), cluster(NODE), 0).isSuccess()).isTrue();
  }
}
