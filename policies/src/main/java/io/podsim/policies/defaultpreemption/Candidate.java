package io.podsim.policies.defaultpreemption;

import io.podsim.cluster.Pod;
import java.util.Comparator;
import java.util.List;

/** A node where evicting {@code victims} lets the preemptor fit. */
record Candidate(int node, List<Pod> victims) {
  /**
   * kube-scheduler's pickOneNodeForPreemption order, best first: lowest highest-priority victim,
   * lowest sum of victim priorities, fewest victims, then the latest start among the
   * highest-priority victims; remaining ties keep search order.
   */
  static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::highestPriority)
      .thenComparingLong(Candidate::prioritySum)
      .thenComparingInt(c -> c.victims().size())
      .thenComparing(Comparator.comparingLong(Candidate::earliestStartOfHighest).reversed());

  int highestPriority() {
    return victims.stream().mapToInt(v -> v.spec().priority()).max().orElse(Integer.MIN_VALUE);
  }

  /** Sum of priorities shifted to be non-negative, as kube-scheduler sums them. */
  long prioritySum() {
    return victims.stream().mapToLong(v -> (long) v.spec().priority() + Integer.MAX_VALUE + 1).sum();
  }

  long earliestStartOfHighest() {
    int highest = highestPriority();
    return victims.stream().filter(v -> v.spec().priority() == highest).mapToLong(Candidate::startOf).min()
        .orElse(Long.MAX_VALUE);
  }

  /** When a pod started running (its bind time if it has not started yet). */
  static long startOf(Pod pod) {
    return pod.startTime() >= 0 ? pod.startTime() : pod.bindTime();
  }
}
