package io.podsim.policies.queuesort;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import io.podsim.scheduler.SchedulingQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrioritySortTest {
  @ParameterizedTest(name = "a pod of priority {0} queued at {1}s goes before one of priority {2} queued at {3}s: {4}")
  @CsvSource({
    "10, 5, 0, 1, true",
    "0, 1, 10, 5, false",
    "5, 1, 5, 2, true",
    "5, 2, 5, 1, false",
    "-10, 0, -20, 0, true",
    "2000000000, 9, 0, 0, true",
    "0, 0, 1, 100, false",
    "7, 3, 7, 3, true",
    "-1, 0, 0, 0, false",
    "1, 100, 0, 0, true"
  })
  void higherPriorityFirstThenEarlierQueueTime(int priorityA, int queuedA, int priorityB, int queuedB,
      boolean aFirst) {
    List<String> order = new ArrayList<>();
    SchedulingQueue queue = new SchedulingQueue(new PrioritySort(), (time, pod) -> { });
    queue.add(pod(0, "a", priorityA), queuedA * 1_000_000L);
    queue.add(pod(1, "b", priorityB), queuedB * 1_000_000L);
    order.add(queue.pop().pod().spec().name());
    order.add(queue.pop().pod().spec().name());
    assertThat(order).containsExactly(aFirst ? "a" : "b", aFirst ? "b" : "a");
  }

  private static Pod pod(int id, String name, int priority) {
    return new Pod(id, new PodSpec(name, null, Resources.of(0, 0, 0, 0), Map.of(), priority, 0, -1, List.of()));
  }
}
