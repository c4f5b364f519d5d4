package io.podsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nodes' domains of a label key: numbered by first node, -1 without the key, rebuilt when a node joins. */
class LabelDomainsTest {
  @Test
  void domainsAreNumberedInNodeOrderAndFollowNewNodes() {
    ClusterState cluster = new ClusterState(ResourceSchema.standard());
    add(cluster, "n0", Map.of("zone", "b", "host", "n0"));
    add(cluster, "n1", Map.of("host", "n1"));
    add(cluster, "n2", Map.of("zone", "a", "host", "n2"));
    add(cluster, "n3", Map.of("zone", "b", "host", "n3"));

    LabelDomains zones = cluster.domains("zone");
    assertThat(zones.ofNode()).containsExactly(0, -1, 1, 0);
    assertThat(zones.values()).containsExactly("b", "a");
    assertThat(zones.nodesWithKey()).isEqualTo(3);
    assertThat(zones.onePerNode()).isFalse();
    assertThat(cluster.domains("host").onePerNode()).isTrue();

    add(cluster, "n4", Map.of("zone", "c", "host", "n0"));
    assertThat(cluster.domains("zone").values()).containsExactly("b", "a", "c");
    assertThat(cluster.domains("host").onePerNode()).as("n4 shares n0's host value").isFalse();
  }

  private static void add(ClusterState cluster, String name, Map<String, String> labels) {
    cluster.addNode(new NodeSpec(name, Resources.of(1000, 1L << 30, 0, 10), labels, List.of(), false));
  }
}
