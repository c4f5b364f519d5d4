package io.podsim.metrics;

/** Requested over allocatable for one quantity: time-weighted mean and peak, as fractions 0..1. */
public record Utilization(double mean, double peak) {}
