package io.podsim.policies.noderesources;

/** How NodeResourcesFit turns a node's requested share of a resource into a 0..100 score. */
public enum ScoringStrategy {
  /** Favors the emptiest node: spreads pods. */
  LEAST_ALLOCATED("LeastAllocated") {
    @Override
    long resourceScore(long requested, long allocatable) {
      return requested > allocatable ? 0 : (allocatable - requested) * 100 / allocatable;
    }
  },
  /** Favors the fullest node: packs pods. */
  MOST_ALLOCATED("MostAllocated") {
    @Override
    long resourceScore(long requested, long allocatable) {
      return Math.min(requested, allocatable) * 100 / allocatable;
    }
  };

  private final String spelling;

  ScoringStrategy(String spelling) {
    this.spelling = spelling;
  }

  /** The kube-scheduler configuration name ({@code LeastAllocated}). */
  public String spelling() {
    return spelling;
  }

  /** The score of one resource; {@code allocatable} is never zero here. */
  abstract long resourceScore(long requested, long allocatable);
}
