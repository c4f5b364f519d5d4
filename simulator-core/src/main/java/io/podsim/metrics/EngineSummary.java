package io.podsim.metrics;

/** The engine's effort: events, simulated span, and wall-clock cost (which varies run to run). */
public record EngineSummary(long events, double simulatedSeconds, double wallSeconds, double eventsPerSecond) {}
