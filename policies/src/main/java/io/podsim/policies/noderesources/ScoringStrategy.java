package io.podsim.policies.noderesources;

import io.podsim.model.InputError;
import java.util.List;
import java.util.function.LongBinaryOperator;

/**
 * How NodeResourcesFit scores a node from the requested share of each scored resource (the pod's
 * request included), as kube-scheduler's scoring strategies do. Resources the node lacks are
 * skipped.
 */
public sealed interface ScoringStrategy {
  /** Favors the emptiest node: spreads pods. */
  ScoringStrategy LEAST_ALLOCATED = new LeastAllocated();
  /** Favors the fullest node: packs pods. */
  ScoringStrategy MOST_ALLOCATED = new MostAllocated();

  /** The configuration name ({@code LeastAllocated}, ...). */
  String typeName();

  /** The node's score from per-resource requested and allocatable amounts and weights. */
  long score(long[] requested, long[] allocatable, long[] weights, int count);

  /** The integer weighted mean of a per-resource score over the resources the node has. */
  private static long weightedMean(long[] requested, long[] allocatable, long[] weights, int count,
      LongBinaryOperator resourceScore) {
    long total = 0;
    long weightSum = 0;
    for (int i = 0; i < count; i++) {
      if (allocatable[i] != 0) {
        total += resourceScore.applyAsLong(requested[i], allocatable[i]) * weights[i];
        weightSum += weights[i];
      }
    }
    return weightSum == 0 ? 0 : total / weightSum;
  }

  /** Score = weighted mean of (allocatable − requested) / allocatable × 100. */
  record LeastAllocated() implements ScoringStrategy {
    public String typeName() {
      return "LeastAllocated";
    }

    public long score(long[] requested, long[] allocatable, long[] weights, int count) {
      return weightedMean(requested, allocatable, weights, count,
          (used, capacity) -> used > capacity ? 0 : (capacity - used) * 100 / capacity);
    }
  }

  /** Score = weighted mean of requested / allocatable × 100, requests beyond allocatable capped. */
  record MostAllocated() implements ScoringStrategy {
    public String typeName() {
      return "MostAllocated";
    }

    public long score(long[] requested, long[] allocatable, long[] weights, int count) {
      return weightedMean(requested, allocatable, weights, count,
          (used, capacity) -> Math.min(used, capacity) * 100 / capacity);
    }
  }

  /**
   * A piecewise-linear function of utilization (0..100) given by shape points whose scores run
   * 0..10 and are scaled to 0..100; as in kube-scheduler, only resources scoring above zero count in
   * the weighted mean, which is rounded.
   */
  record RequestedToCapacityRatio(List<Point> shape) implements ScoringStrategy {
    /** One shape point. */
    public record Point(int utilization, int score) {}

    public RequestedToCapacityRatio {
      shape = List.copyOf(shape);
      if (shape.isEmpty()) {
        throw new InputError("requestedToCapacityRatio.shape needs at least one point");
      }
      for (int i = 0; i < shape.size(); i++) {
        Point p = shape.get(i);
        if (p.utilization() < 0 || p.utilization() > 100 || p.score() < 0 || p.score() > 10) {
          throw new InputError("requestedToCapacityRatio.shape[" + i + "]: utilization must be 0..100 and score 0..10");
        }
        if (i > 0 && p.utilization() <= shape.get(i - 1).utilization()) {
          throw new InputError("requestedToCapacityRatio.shape: utilization must increase from point to point");
        }
      }
    }

    public String typeName() {
      return "RequestedToCapacityRatio";
    }

    public long score(long[] requested, long[] allocatable, long[] weights, int count) {
      long total = 0;
      long weightSum = 0;
      for (int i = 0; i < count; i++) {
        if (allocatable[i] == 0) {
          continue;
        }
        long utilization = requested[i] > allocatable[i] ? 100 : requested[i] * 100 / allocatable[i];
        long score = at(utilization);
        if (score > 0) {
          total += score * weights[i];
          weightSum += weights[i];
        }
      }
      return weightSum == 0 ? 0 : Math.round(total / (double) weightSum);
    }

    /** The shape's value at a utilization, scaled to 0..100. */
    long at(long utilization) {
      Point first = shape.get(0);
      if (utilization <= first.utilization()) {
        return first.score() * 10L;
      }
      for (int i = 1; i < shape.size(); i++) {
        Point high = shape.get(i);
        if (utilization <= high.utilization()) {
          Point low = shape.get(i - 1);
          long lowScore = low.score() * 10L;
          long highScore = high.score() * 10L;
          return lowScore + (highScore - lowScore) * (utilization - low.utilization())
              / (high.utilization() - low.utilization());
        }
      }
      return shape.get(shape.size() - 1).score() * 10L;
    }
  }
}
