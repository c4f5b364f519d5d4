package io.podsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** A node's version fingerprints its pods: undone what-if moves restore it, and other pod sets differ. */
class NodeVersionTest {
  @RepeatedTest(20)
  void versionsFollowThePodSetNotTheHistory(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    cluster.addNode(new NodeSpec("n", Resources.of(64_000, 256L << 30, 0, 500), Map.of(), List.of(), false));
    List<Pod> pods = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pods.add(new Pod(i, new PodSpec("p" + i, "default", Resources.of(100, 1L << 20, 0, 0), Map.of(), 0, 0,
          PodSpec.NO_DURATION, List.of())));
    }
    Set<Long> seen = new HashSet<>();
    Set<Set<Pod>> sets = new HashSet<>();
    Set<Pod> on = new HashSet<>();
    for (int step = 0; step < 200; step++) {
      Pod pod = pods.get(random.nextInt(pods.size()));
      long before = cluster.version(0);
      if (on.remove(pod)) {
        cluster.detach(pod, 0);
        cluster.attach(pod, 0);
        assertThat(cluster.version(0)).as("a what-if removal undone").isEqualTo(before);
        cluster.detach(pod, 0);
      } else {
        on.add(pod);
        cluster.attach(pod, 0);
      }
      assertThat(cluster.version(0)).isNotEqualTo(before);
      if (sets.add(Set.copyOf(on))) {
        assertThat(seen.add(cluster.version(0))).as("a new pod set has a new version").isTrue();
      }
    }
  }
}
