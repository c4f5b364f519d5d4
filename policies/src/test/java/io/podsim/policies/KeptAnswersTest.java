package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelRequirement;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeAffinity;
import io.podsim.model.NodeSelectorTerm;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replicas of one shape under kube-default choose from kept answers in every cycle, for the shapes
 * the fast path is built for: no terms, required and preferred anti-affinity by hostname, preferred
 * node affinity, affinity and hard and soft spread by zone.
 * (That they choose exactly as visiting every node does is for the equivalence tests.)
 */
class KeptAnswersTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final LabelSelector WEB = new LabelSelector(Map.of("app", "web"), List.of());

  enum Shape {
    PLAIN,
    HOST_ANTI_AFFINITY,
    PREFERRED_HOST_ANTI_AFFINITY,
    PREFERRED_NODE_AFFINITY,
    ZONE_AFFINITY,
    ZONE_SPREAD,
    SOFT_ZONE_SPREAD
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void everyCycleOfReplicasChoosesFromKeptAnswers(Shape shape) {
    ClusterState cluster = new ClusterState(SCHEMA);
    for (int i = 0; i < 30; i++) {
      cluster.addNode(new NodeSpec("n" + i, Resources.of(4000, 16L << 30, 0, 110),
          Map.of("kubernetes.io/hostname", "n" + i, NodeSpec.ZONE_LABEL, "z" + i % 3), List.of(), false));
    }
    SchedulingFramework framework = new SchedulingFramework(
        BuiltInProfiles.create("kube-default", SCHEMA).withPercentageOfNodesToScore(100), cluster,
        new SplittableRandom(1));
    int replicas = 20;
    for (int i = 0; i < replicas; i++) {
      Pod pod = new Pod(i, new PodSpec("web-" + i, "default", Resources.of(100, 1L << 28, 0, 0), Map.of("app", "web"),
          0, 0, PodSpec.NO_DURATION, List.of(), placement(shape)));
      int node = framework.schedule(pod, null).node();
      assertThat(node).isNotNegative();
      cluster.bind(pod, node, 0);
    }
    assertThat(framework.cyclesFromKeptAnswers()).isEqualTo(replicas);
  }

  private static Placement placement(Shape shape) {
    return switch (shape) {
      case PLAIN -> Placement.NONE;
      case HOST_ANTI_AFFINITY -> new Placement(null, null, null, null, new PodAffinity(
          List.of(new PodAffinityTerm(WEB, null, false, "kubernetes.io/hostname")), List.of()), null, null);
      case PREFERRED_HOST_ANTI_AFFINITY -> new Placement(null, null, null, null, new PodAffinity(List.of(),
          List.of(new PodAffinity.Weighted(10, new PodAffinityTerm(WEB, null, false, "kubernetes.io/hostname")))), null,
          null);
      case PREFERRED_NODE_AFFINITY -> new Placement(null, null, new NodeAffinity(null, List.of(new NodeAffinity.Preferred(
          5, new NodeSelectorTerm(List.of(new LabelRequirement(NodeSpec.ZONE_LABEL, LabelRequirement.Operator.IN,
              List.of("z1"))), List.of())))), null, null, null, null);
      case ZONE_AFFINITY -> new Placement(null, null, null, new PodAffinity(
          List.of(new PodAffinityTerm(WEB, null, true, NodeSpec.ZONE_LABEL)), List.of()), null, null, null);
      case ZONE_SPREAD, SOFT_ZONE_SPREAD -> new Placement(null, null, null, null, null, List.of(
          new TopologySpreadConstraint(1, NodeSpec.ZONE_LABEL, shape == Shape.ZONE_SPREAD, WEB, 1, true, false,
              List.of())), null);
    };
  }
}
