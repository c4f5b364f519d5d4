package io.podsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.testing.Nodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private record Pushed(long time, int kind, long sequence, Event event) {}

  @Test
  void sameInstantRunsCompletionsBeforeArrivalsBeforeScheduling() {
    EventQueue queue = new EventQueue();
    Event schedule = new Event.ScheduleCycle();
    Event arrival = new Event.PodArrival(Nodes.pod("a", 1, 5, 1));
    Event completion = new Event.PodCompletion(null);
    queue.push(5, schedule);
    queue.push(5, arrival);
    queue.push(5, completion);
    queue.push(4, new Event.ScheduleCycle());

    assertThat(queue.peekTime()).isEqualTo(4);
    queue.pop();
    assertThat(List.of(queue.pop(), queue.pop(), queue.pop())).containsExactly(completion, arrival, schedule);
    assertThat(queue.isEmpty()).isTrue();
  }

  @RepeatedTest(20)
  void popsInTimeKindSequenceOrderWhateverThePushOrder(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    EventQueue queue = new EventQueue();
    List<Pushed> pushed = new ArrayList<>();
    List<Event> popped = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      if (!queue.isEmpty() && random.nextInt(3) == 0) {
        popped.add(queue.pop());
        continue;
      }
      Pod pod = new Pod(i, Nodes.pod("p" + i, 1, 0, -1));
      Event event = random.nextBoolean() ? new Event.PodStart(pod) : new Event.PodCompletion(pod);
      long time = random.nextLong(50);
      queue.push(time, event);
      pushed.add(new Pushed(time, event.kind().ordinal(), i, event));
    }
    while (!queue.isEmpty()) {
      popped.add(queue.pop());
    }
    assertThat(popped).hasSameSizeAs(pushed);
    assertThat(queue.workCount()).isZero();
    verifyEachPopWasTheMinimumAtItsTime(pushed, popped, repetition.getCurrentRepetition());
  }

  /** Replays the same operations against a sorted list to find the expected pop order. */
  private static void verifyEachPopWasTheMinimumAtItsTime(List<Pushed> pushed, List<Event> popped, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Pushed> pending = new ArrayList<>();
    List<Event> expected = new ArrayList<>();
    Comparator<Pushed> order = Comparator.comparingLong(Pushed::time).thenComparingInt(Pushed::kind)
        .thenComparingLong(Pushed::sequence);
    int next = 0;
    for (int i = 0; i < 2_000; i++) {
      if (!pending.isEmpty() && random.nextInt(3) == 0) {
        pending.sort(order);
        expected.add(pending.remove(0).event());
        continue;
      }
      random.nextBoolean();
      random.nextLong(50);
      pending.add(pushed.get(next++));
    }
    pending.sort(order);
    pending.forEach(p -> expected.add(p.event()));
    assertThat(popped).containsExactlyElementsOf(expected);
  }
}
