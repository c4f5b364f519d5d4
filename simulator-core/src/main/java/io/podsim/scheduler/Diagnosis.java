package io.podsim.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a scheduling cycle found no node: how many nodes each rejection reason ruled out (a node
 * rejected for several reasons counts for each), and what PostFilter (preemption) said.
 */
public final class Diagnosis {
  private final int nodeCount;
  private final Map<String, int[]> nodesByReason = new LinkedHashMap<>();
  /** Made on the first rejection: most cycles reject no node, and the cycle must not pay per node for it. */
  private boolean[] resolvable;
  private String preFilterReason;
  private String postFilterMessage;

  public Diagnosis(int nodeCount) {
    this.nodeCount = nodeCount;
  }

  /** Counts one node rejected with this status. */
  public void add(int node, Status status) {
    nodesByReason.computeIfAbsent(status.reason(), r -> new int[1])[0]++;
    for (String more : status.moreReasons()) {
      nodesByReason.computeIfAbsent(more, r -> new int[1])[0]++;
    }
    resolvable()[node] = status.code() == Status.Code.UNSCHEDULABLE;
  }

  /** Records that PreFilter rejected the pod outright, for every node. */
  public void rejectedByPreFilter(Status status) {
    preFilterReason = status.reason();
    Arrays.fill(resolvable(), status.code() == Status.Code.UNSCHEDULABLE);
  }

  private boolean[] resolvable() {
    if (resolvable == null) {
      resolvable = new boolean[nodeCount];
    }
    return resolvable;
  }

  /**
   * True when the node was rejected in a way removing pods could change (Unschedulable, not
   * UnschedulableAndUnresolvable): a candidate for preemption.
   */
  public boolean isResolvable(int node) {
    return resolvable != null && resolvable[node];
  }

  /** Reasons with node counts, most nodes first, then by reason. */
  public List<Map.Entry<String, Integer>> reasons() {
    List<Map.Entry<String, Integer>> list = new ArrayList<>();
    nodesByReason.forEach((reason, count) -> list.add(Map.entry(reason, count[0])));
    list.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
        .thenComparing(Map.Entry::getKey));
    return list;
  }

  /** The reason that ruled out most nodes (the PreFilter reason if PreFilter rejected). */
  public String dominantReason() {
    if (preFilterReason != null) {
      return preFilterReason;
    }
    List<Map.Entry<String, Integer>> reasons = reasons();
    return reasons.isEmpty() ? "no nodes in the cluster" : reasons.get(0).getKey();
  }

  /** Records what the PostFilter plugins said when none of them succeeded (their reasons, joined). */
  public void postFilterMessage(String message) {
    postFilterMessage = message;
  }

  /**
   * kube-scheduler's FitError message: {@code 0/3 nodes are available: 1 Insufficient memory, 2
   * Insufficient cpu.}, the "count reason" strings sorted as strings (sort.Strings), then the
   * PostFilter's message ({@code preemption: 0/3 nodes are available: 3 Preemption is not helpful
   * for scheduling.}); PreFilter's reason stands alone in place of the nodes' reasons.
   */
  public String message() {
    String text;
    if (preFilterReason != null) {
      text = "0/" + nodeCount + " nodes are available: " + preFilterReason + ".";
    } else {
      Map<String, Integer> counts = new LinkedHashMap<>();
      nodesByReason.forEach((reason, count) -> counts.put(reason, count[0]));
      text = nodesAvailable(nodeCount, counts);
    }
    return postFilterMessage == null || postFilterMessage.isEmpty() ? text : text + " " + postFilterMessage;
  }

  /**
   * The nodes part of kube-scheduler's FitError message, {@code 0/3 nodes are available: 1
   * Insufficient memory, 2 Insufficient cpu.}, from how many nodes each reason ruled out.
   */
  public static String nodesAvailable(int nodeCount, Map<String, Integer> nodesByReason) {
    StringBuilder text = new StringBuilder("0/").append(nodeCount).append(" nodes are available:");
    if (!nodesByReason.isEmpty()) {
      List<String> histogram = new ArrayList<>();
      nodesByReason.forEach((reason, count) -> histogram.add(count + " " + reason));
      Collections.sort(histogram);
      text.append(' ').append(String.join(", ", histogram)).append('.');
    }
    return text.toString();
  }
}
