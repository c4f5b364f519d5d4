package io.podsim.engine;

import io.podsim.cluster.Pod;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.QueuedPodInfo;

/** Something that happens at one simulated instant. */
sealed interface Event {
  EventKind kind();

  void apply(Simulation simulation);

  /** A pod of the workload arrives and joins the scheduling queue. */
  record PodArrival(PodSpec spec) implements Event {
    public EventKind kind() {
      return EventKind.POD_ARRIVAL;
    }

    public void apply(Simulation simulation) {
      simulation.arrive(spec);
    }
  }

  /** A bound pod's startup delay has passed. */
  record PodStart(Pod pod) implements Event {
    public EventKind kind() {
      return EventKind.POD_START;
    }

    public void apply(Simulation simulation) {
      simulation.start(pod);
    }
  }

  /** A running pod's duration has passed. */
  record PodCompletion(Pod pod) implements Event {
    public EventKind kind() {
      return EventKind.POD_COMPLETION;
    }

    public void apply(Simulation simulation) {
      simulation.complete(pod);
    }
  }

  /** A timer the scheduling queue asked for (backoff over, unschedulable for too long). */
  record QueueWake(QueuedPodInfo pod) implements Event {
    public EventKind kind() {
      return EventKind.QUEUE_WAKE;
    }

    public void apply(Simulation simulation) {
      simulation.wake(pod);
    }
  }

  /** The scheduler takes the next pod from the active queue. */
  record ScheduleCycle() implements Event {
    public EventKind kind() {
      return EventKind.SCHEDULE;
    }

    public void apply(Simulation simulation) {
      simulation.scheduleOne();
    }
  }
}
