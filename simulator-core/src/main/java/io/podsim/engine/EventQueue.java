package io.podsim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events on primitive keys: time, then kind, then insertion sequence. The
 * order is total, so runs are deterministic.
 */
final class EventQueue {
  private static final int KIND_SHIFT = 56;

  private long[] times = new long[64];
  private long[] orders = new long[64];
  private Event[] events = new Event[64];
  private int size;
  private long sequence;
  private int workCount;

  void push(long time, Event event) {
    if (size == times.length) {
      int capacity = size * 2;
      times = Arrays.copyOf(times, capacity);
      orders = Arrays.copyOf(orders, capacity);
      events = Arrays.copyOf(events, capacity);
    }
    long order = ((long) event.kind().ordinal() << KIND_SHIFT) | sequence++;
    if (event.kind() != EventKind.QUEUE_WAKE) {
      workCount++;
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(time, order, times[parent], orders[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, time, order, event);
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The time of the earliest event; the queue must not be empty. */
  long peekTime() {
    return times[0];
  }

  /** Events other than scheduling-queue timers: arrivals, starts, completions, cycles. */
  int workCount() {
    return workCount;
  }

  /** Removes and returns the earliest event. */
  Event pop() {
    Event top = events[0];
    if (top.kind() != EventKind.QUEUE_WAKE) {
      workCount--;
    }
    int last = --size;
    long time = times[last];
    long order = orders[last];
    Event event = events[last];
    events[last] = null;
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && less(times[right], orders[right], times[child], orders[child])) {
        child = right;
      }
      if (!less(times[child], orders[child], time, order)) {
        break;
      }
      move(child, i);
      i = child;
    }
    if (size > 0) {
      set(i, time, order, event);
    }
    return top;
  }

  private static boolean less(long timeA, long orderA, long timeB, long orderB) {
    return timeA < timeB || (timeA == timeB && orderA < orderB);
  }

  private void move(int from, int to) {
    set(to, times[from], orders[from], events[from]);
  }

  private void set(int i, long time, long order, Event event) {
    times[i] = time;
    orders[i] = order;
    events[i] = event;
  }
}
