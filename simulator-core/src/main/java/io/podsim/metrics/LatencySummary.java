package io.podsim.metrics;

/** Scheduling latency (bind − arrival) of a set of a run's pods, in seconds. */
public record LatencySummary(long count, double mean, double p50, double p90, double p99, double max) {}
