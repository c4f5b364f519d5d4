package io.podsim.policies.queuesort;

import io.podsim.scheduler.QueueSortPlugin;
import io.podsim.scheduler.QueuedPodInfo;

/** kube-scheduler's PrioritySort: higher priority first, then the pod queued earlier. */
public final class PrioritySort implements QueueSortPlugin {
  public static final String NAME = "PrioritySort";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int compare(QueuedPodInfo a, QueuedPodInfo b) {
    int byPriority = Integer.compare(b.priority(), a.priority());
    return byPriority != 0 ? byPriority : Long.compare(a.timestamp(), b.timestamp());
  }
}
