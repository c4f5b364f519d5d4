package io.podsim.engine;

/**
 * Event kinds in the order they run when they share an instant: pods ending and nodes changing
 * free capacity before new pods arrive, and scheduling sees everything that happened at that time.
 */
public enum EventKind {
  POD_COMPLETION,
  POD_START,
  POD_ARRIVAL,
  QUEUE_WAKE,
  SCHEDULE
}
