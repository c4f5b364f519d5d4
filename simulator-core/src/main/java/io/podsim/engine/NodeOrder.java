package io.podsim.engine;

import io.podsim.model.NodeSpec;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The order in which a run adds its nodes to the cluster, which is the order its scans visit them. */
public final class NodeOrder {
  /** Mixed into the run seed so the node order has a stream of its own. */
  private static final long NODE_ORDER_STREAM = 0x0DE0DEL;

  private NodeOrder() {}

  /**
   * The order a run of this profile adds the nodes in: shuffled by the seed for
   * {@link Profile.TieBreak#SHUFFLED_NODE_ORDER}, else as listed.
   */
  public static List<NodeSpec> forRun(Profile profile, List<NodeSpec> nodes, long seed) {
    return profile.tieBreak() == Profile.TieBreak.SHUFFLED_NODE_ORDER ? shuffled(nodes, seed) : List.copyOf(nodes);
  }

  /** The nodes in an order drawn from the seed (Fisher–Yates), for a tie-break by shuffled node order. */
  public static List<NodeSpec> shuffled(List<NodeSpec> nodes, long seed) {
    List<NodeSpec> order = new ArrayList<>(nodes);
    SplittableRandom random = new SplittableRandom(seed ^ NODE_ORDER_STREAM);
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      NodeSpec swap = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swap);
    }
    return List.copyOf(order);
  }
}
