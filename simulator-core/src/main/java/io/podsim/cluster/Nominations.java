package io.podsim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pending pods that preemption nominated to run on a node once its victims are gone, per node. */
final class Nominations {
  private final List<List<Pod>> onNode = new ArrayList<>();
  private final List<List<Pod>> onNodeView = new ArrayList<>();
  private int count;

  /** Makes room for the next node. */
  void addNode() {
    List<Pod> nominated = new ArrayList<>();
    onNode.add(nominated);
    onNodeView.add(Collections.unmodifiableList(nominated));
  }

  /** Nominates the pod to the node, moving it from any node it was nominated to; -1 clears it. */
  void nominate(Pod pod, int node) {
    if (pod.nominatedNode() >= 0) {
      onNode.get(pod.nominatedNode()).remove(pod);
      count--;
    }
    pod.nominate(node);
    if (node >= 0) {
      onNode.get(node).add(pod);
      count++;
    }
  }

  boolean any(int node) {
    return !onNode.get(node).isEmpty();
  }

  int count() {
    return count;
  }

  List<Pod> on(int node) {
    return onNodeView.get(node);
  }
}
