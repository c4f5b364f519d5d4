package io.podsim.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.testing.Nodes;
import io.podsim.testing.TestPlugins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulingQueueTest {
  private record WakeUp(long time, QueuedPodInfo pod) {}

  private final List<WakeUp> wakeUps = new ArrayList<>();
  private final SchedulingQueue queue =
      new SchedulingQueue(new TestPlugins.PrioritySort(), (time, pod) -> wakeUps.add(new WakeUp(time, pod)));

  @ParameterizedTest(name = "after {0} attempts the default backoff is {1} us")
  @CsvSource({"0, 0", "1, 1000000", "2, 2000000", "3, 4000000", "4, 8000000", "5, 10000000", "30, 10000000"})
  void backoffDoublesFromOneSecondUpToTen(int attempts, long micros) {
    assertThat(QueueBackoff.DEFAULT.duration(attempts)).isEqualTo(micros);
  }

  /** kube-scheduler's calculateBackoffDuration: the doubling stops at the maximum, which it never passes. */
  @ParameterizedTest(name = "initial {0} s, max {1} s, after {2} attempts: {3} s")
  @CsvSource({"2, 60, 1, 2", "2, 60, 5, 32", "2, 60, 6, 60", "2, 60, 7, 60", "3, 3, 1, 3", "3, 3, 4, 3",
      "5, 10, 2, 10", "5, 12, 2, 10", "5, 12, 3, 12"})
  void aConfiguredBackoffDoublesFromItsInitialValueUpToItsMaximum(long initial, long max, int attempts, long seconds) {
    assertThat(new QueueBackoff(initial * 1_000_000L, max * 1_000_000L).duration(attempts))
        .isEqualTo(seconds * 1_000_000L);
  }

  @Test
  void higherPriorityComesFirstThenEarlierQueueTime() {
    queue.add(pod(0, "late-low", 0), 5);
    queue.add(pod(1, "high", 10), 9);
    queue.add(pod(2, "early-low", 0), 1);
    assertThat(List.of(queue.pop(), queue.pop(), queue.pop()))
        .extracting(info -> info.pod().spec().name())
        .containsExactly("high", "early-low", "late-low");
  }

  @Test
  void aFailedPodWaitsForAClusterChangeThenForItsBackoff() {
    queue.add(pod(0, "a", 0), 0);
    QueuedPodInfo info = failOnce(0);
    assertThat(queue.hasActive()).isFalse();
    assertThat(wakeUps).containsExactly(new WakeUp(SchedulingQueue.MAX_UNSCHEDULABLE, info));

    queue.moveAllToActiveOrBackoff(400_000);
    assertThat(queue.hasActive()).isFalse();
    assertThat(queue.backoffCount()).isEqualTo(1);
    assertThat(wakeUps.get(1)).isEqualTo(new WakeUp(1_000_000, info));

    queue.wake(info, 1_000_000);
    assertThat(queue.pop()).isSameAs(info);
  }

  @Test
  void aClusterChangeAfterTheBackoffSendsThePodStraightToTheActiveQueue() {
    queue.add(pod(0, "a", 0), 0);
    failOnce(0);
    queue.moveAllToActiveOrBackoff(1_000_000);
    assertThat(queue.hasActive()).isTrue();
    assertThat(queue.backoffCount()).isZero();
  }

  @Test
  void anUnschedulablePodIsFlushedAfterFiveMinutesAndStaleTimersDoNothing() {
    queue.add(pod(0, "a", 0), 0);
    QueuedPodInfo info = failOnce(0);
    queue.wake(info, SchedulingQueue.MAX_UNSCHEDULABLE - 1);
    assertThat(queue.hasActive()).isFalse();
    queue.wake(info, SchedulingQueue.MAX_UNSCHEDULABLE);
    assertThat(queue.pop()).isSameAs(info);
    queue.wake(info, SchedulingQueue.MAX_UNSCHEDULABLE + 1);
    assertThat(queue.pendingCount()).isZero();
  }

  private QueuedPodInfo failOnce(long now) {
    QueuedPodInfo info = queue.pop();
    info.pod().recordFailure("Insufficient cpu", "0/1 nodes are available: 1 Insufficient cpu");
    queue.addUnschedulable(info, now);
    return info;
  }

  private static Pod pod(int id, String name, int priority) {
    return new Pod(id, Nodes.pod(name, 100, priority, 0, -1));
  }
}
