package io.podsim.scheduler;

/**
 * Where the next scan starts (kube-scheduler's nextStartNodeIndex): it moves past the nodes each
 * scan processed, and the kept-answer tree draws its ties in the same rotation.
 */
final class ScanStart {
  private int node;

  int node() {
    return node;
  }

  void set(int next) {
    node = next;
  }
}
