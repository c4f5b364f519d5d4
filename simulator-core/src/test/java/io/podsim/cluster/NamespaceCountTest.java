package io.podsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The per-namespace pod count always equals what a scan of every node's pods finds. */
class NamespaceCountTest {
  private static final String[] NAMESPACES = {"a", "b", "c"};

  @RepeatedTest(10)
  void countsFollowAttachAndDetach(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    for (int n = 0; n < 4; n++) {
      cluster.addNode(new NodeSpec("n" + n, Resources.of(64_000, 256L << 30, 0, 500), Map.of(), List.of(), false));
    }
    List<Pod> pending = new ArrayList<>();
    List<Pod> placed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      pending.add(new Pod(i, new PodSpec("p" + i, NAMESPACES[random.nextInt(NAMESPACES.length)],
          Resources.of(100, 1L << 20, 0, 0), Map.of(), 0, 0, PodSpec.NO_DURATION, List.of())));
    }
    for (int step = 0; step < 200; step++) {
      if (!pending.isEmpty() && (placed.isEmpty() || random.nextBoolean())) {
        Pod pod = pending.remove(random.nextInt(pending.size()));
        cluster.attach(pod, random.nextInt(cluster.nodeCount()));
        placed.add(pod);
      } else {
        Pod pod = placed.remove(random.nextInt(placed.size()));
        cluster.detach(pod, nodeOf(cluster, pod));
        pending.add(pod);
      }
      for (String namespace : NAMESPACES) {
        assertThat(cluster.podsInNamespace(namespace)).isEqualTo(scan(cluster, namespace));
      }
    }
    assertThat(cluster.podsInNamespace("elsewhere")).isZero();
  }

  private static int nodeOf(ClusterState cluster, Pod pod) {
    for (int n = 0; n < cluster.nodeCount(); n++) {
      if (cluster.podsOn(n).contains(pod)) {
        return n;
      }
    }
    throw new AssertionError("pod not on any node");
  }

  private static int scan(ClusterState cluster, String namespace) {
    int count = 0;
    for (int n = 0; n < cluster.nodeCount(); n++) {
      count += (int) cluster.podsOn(n).stream().filter(p -> p.spec().namespace().equals(namespace)).count();
    }
    return count;
  }
}
