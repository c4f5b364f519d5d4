package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each cycle searches the way the search policy picks for it, and the framework says why. */
class SearchPolicyTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final String TREE = "every plugin of the cycle answers per node or per label group";

  static Stream<Arguments> cases() {
    UnaryOperator<Profile> everyNode = p -> p.withPercentageOfNodesToScore(100);
    LabelSelector web = new LabelSelector(Map.of("app", "web"), List.of());
    Placement rackAndZoneAntiAffinity = new Placement(null, null, null, null, new PodAffinity(List.of(
        new PodAffinityTerm(web, null, false, "rack"), new PodAffinityTerm(web, null, false, "zone")), List.of()),
        null, null);
    return Stream.of(
        Arguments.of("replicas on 30 nodes, every node scored, take the tree", 30, everyNode, Placement.NONE,
            Map.of(TREE, 20L)),
        Arguments.of("on 300 nodes the adaptive percentageOfNodesToScore samples, so the scan runs", 300,
            UnaryOperator.<Profile>identity(), Placement.NONE,
            Map.of("percentageOfNodesToScore stops the search before every node is considered", 20L)),
        Arguments.of("a profile that keeps no answers scans plainly", 30,
            (UnaryOperator<Profile>) p -> everyNode.apply(p).withoutNodeAnswerReuse(), Placement.NONE,
            Map.of("a plugin of the profile reads more than its node, so no answer is kept", 20L)),
        Arguments.of("anti-affinity on two labels answers neither per node nor per group of one label", 30,
            everyNode, rackAndZoneAntiAffinity,
            Map.of("a filter of the cycle reads more than its node or its label group", 20L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFrameworkCountsCyclesByWhyTheySearchedAsTheyDid(String name, int nodes, UnaryOperator<Profile> profile,
      Placement placement, Map<String, Long> expected) {
    ClusterState cluster = new ClusterState(SCHEMA);
    for (int i = 0; i < nodes; i++) {
      cluster.addNode(new NodeSpec("n" + i, Resources.of(64_000, 256L << 30, 0, 110),
          Map.of("kubernetes.io/hostname", "n" + i, "rack", "r" + i % 7, "zone", "z" + i % 3), List.of(), false));
    }
    SchedulingFramework framework = new SchedulingFramework(profile.apply(BuiltInProfiles.create("kube-default",
        SCHEMA)), cluster, new SplittableRandom(1));
    for (int i = 0; i < 20; i++) {
      Pod pod = new Pod(i, new PodSpec("web-" + i, "default", Resources.of(100, 1L << 28, 0, 0), Map.of("app", "web"),
          0, 0, PodSpec.NO_DURATION, List.of(), placement));
      int node = framework.schedule(pod, null).node();
      if (node >= 0) {
        cluster.bind(pod, node, 0);
      }
    }
    assertThat(framework.searchReasons()).isEqualTo(expected);
  }
}
