package io.podsim.policies.defaultpreemption;

import io.podsim.cluster.Pod;
import java.util.Comparator;
import java.util.List;

/**
 * A node where evicting {@code victims} lets the preemptor fit, with the victims' figures that
 * order candidates, computed once (the choice compares every candidate with the best so far).
 */
record Candidate(int node, List<Pod> victims, int highestPriority, long prioritySum, long earliestStartOfHighest) {
  /**
   * kube-scheduler's pickOneNodeForPreemption order, best first: lowest highest-priority victim,
   * lowest sum of victim priorities, fewest victims, then the latest start among the
   * highest-priority victims; remaining ties keep search order.
   */
  static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::highestPriority)
      .thenComparingLong(Candidate::prioritySum)
      .thenComparingInt(c -> c.victims().size())
      .thenComparing(Comparator.comparingLong(Candidate::earliestStartOfHighest).reversed());

  static Candidate of(int node, List<Pod> victims) {
    int highest = Integer.MIN_VALUE;
    long sum = 0;
    for (Pod victim : victims) {
      highest = Math.max(highest, victim.spec().priority());
      // priorities shifted to be non-negative, as kube-scheduler sums them
      sum += (long) victim.spec().priority() + Integer.MAX_VALUE + 1;
    }
    long earliest = Long.MAX_VALUE;
    for (Pod victim : victims) {
      if (victim.spec().priority() == highest) {
        earliest = Math.min(earliest, startOf(victim));
      }
    }
    return new Candidate(node, victims, highest, sum, earliest);
  }

  /** When a pod started running (its bind time if it has not started yet). */
  static long startOf(Pod pod) {
    return pod.startTime() >= 0 ? pod.startTime() : pod.bindTime();
  }
}
