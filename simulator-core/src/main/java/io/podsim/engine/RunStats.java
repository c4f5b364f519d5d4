package io.podsim.engine;

/** What the engine itself measured: events processed, where the window ended, wall time taken. */
public record RunStats(long events, long end, long wallNanos) {}
