package io.podsim.scheduler;

import io.podsim.cluster.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * kube-scheduler's scheduling queue: an active queue ordered by the QueueSort plugin, a backoff
 * queue (by default 1 s after the first failure, doubling to 10 s: {@link QueueBackoff}), and an
 * unschedulable set whose pods move
 * back when the cluster changes or after 5 minutes. Timers are exact: a pod leaves backoff at the
 * microsecond its backoff ends, not on kube-scheduler's 1 s flush tick.
 */
public final class SchedulingQueue {
  /** Lets the queue ask to be woken up later; the engine turns this into an event. */
  public interface WakeUps {
    void wakeAt(long time, QueuedPodInfo pod);
  }

  public static final long MAX_UNSCHEDULABLE = 5 * 60 * 1_000_000L;

  private final PriorityQueue<QueuedPodInfo> active;
  private final Set<QueuedPodInfo> backoff = new LinkedHashSet<>();
  private final Set<QueuedPodInfo> unschedulable = new LinkedHashSet<>();
  private final WakeUps wakeUps;
  private final QueueBackoff backoffs;
  private long schedulingCycle;
  private long moveRequestCycle = -1;

  /** A queue with kube-scheduler's default backoff. */
  public SchedulingQueue(QueueSortPlugin sort, WakeUps wakeUps) {
    this(sort, QueueBackoff.DEFAULT, wakeUps);
  }

  public SchedulingQueue(QueueSortPlugin sort, QueueBackoff backoffs, WakeUps wakeUps) {
    this.active = new PriorityQueue<>(new TotalOrder(sort));
    this.backoffs = backoffs;
    this.wakeUps = wakeUps;
  }

  /** The QueueSort plugin's order made total by the pod id (a plain class: the queue's hottest call). */
  private record TotalOrder(QueueSortPlugin sort) implements Comparator<QueuedPodInfo> {
    @Override
    public int compare(QueuedPodInfo a, QueuedPodInfo b) {
      int order = sort.compare(a, b);
      return order != 0 ? order : Integer.compare(a.pod().id(), b.pod().id());
    }
  }

  /** A newly arrived pod goes straight to the active queue. */
  public void add(Pod pod, long now) {
    toActive(new QueuedPodInfo(pod, now));
  }

  public boolean hasActive() {
    return !active.isEmpty();
  }

  /** Takes the next pod to schedule, or null. */
  public QueuedPodInfo pop() {
    QueuedPodInfo info = active.poll();
    if (info != null) {
      info.place(QueuedPodInfo.Place.IN_CYCLE);
      info.cycle(++schedulingCycle);
    }
    return info;
  }

  /** Pods waiting out a backoff. */
  public int backoffCount() {
    return backoff.size();
  }

  /** Pods waiting in any part of the queue. */
  public int pendingCount() {
    return active.size() + backoff.size() + unschedulable.size();
  }

  /**
   * A pod whose cycle failed waits in the unschedulable set for a cluster change or 5 minutes; if
   * the cluster already changed during its own cycle (a PostFilter evicted pods), it only backs off.
   */
  public void addUnschedulable(QueuedPodInfo info, long now) {
    info.failedAt(now);
    if (moveRequestCycle >= info.cycle()) {
      requeue(info, now);
      return;
    }
    info.place(QueuedPodInfo.Place.UNSCHEDULABLE);
    unschedulable.add(info);
    wakeUps.wakeAt(now + MAX_UNSCHEDULABLE, info);
  }

  /** The cluster changed (a pod ended, a node appeared): every unschedulable pod may now fit. */
  public void moveAllToActiveOrBackoff(long now) {
    moveRequestCycle = schedulingCycle;
    if (unschedulable.isEmpty()) {
      return;
    }
    List<QueuedPodInfo> moving = new ArrayList<>(unschedulable);
    unschedulable.clear();
    moving.forEach(info -> requeue(info, now));
  }

  /** A timer this queue asked for has fired; acts only if it is still due. */
  public void wake(QueuedPodInfo info, long now) {
    if (info.place() == QueuedPodInfo.Place.BACKOFF && now >= backoffExpiry(info)) {
      backoff.remove(info);
      toActive(info);
    } else if (info.place() == QueuedPodInfo.Place.UNSCHEDULABLE
        && now >= info.lastFailureTime() + MAX_UNSCHEDULABLE) {
      unschedulable.remove(info);
      requeue(info, now);
    }
  }

  private void requeue(QueuedPodInfo info, long now) {
    long expiry = backoffExpiry(info);
    if (now < expiry) {
      info.place(QueuedPodInfo.Place.BACKOFF);
      backoff.add(info);
      wakeUps.wakeAt(expiry, info);
    } else {
      toActive(info);
    }
  }

  private void toActive(QueuedPodInfo info) {
    info.place(QueuedPodInfo.Place.ACTIVE);
    active.add(info);
  }

  private long backoffExpiry(QueuedPodInfo info) {
    return info.lastFailureTime() + backoffs.duration(info.pod().attempts());
  }
}
