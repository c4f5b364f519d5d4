package io.podsim.policies.interpodaffinity;

import io.podsim.model.PodAffinity;
import io.podsim.model.PodSpec;
import io.podsim.scheduler.ScorePlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * InterPodAffinity's scoring, as kube-scheduler's interpodaffinity/scoring.go: per domain, the
 * weights of the pod's preferred terms matched by existing pods, and of existing pods' terms
 * matched by the pod; min-max scaled to 0..100.
 */
final class AffinityScores {
  private AffinityScores() {}

  /** A node's raw score from its labels. */
  @FunctionalInterface
  interface DomainScores {
    long at(Map<String, String> nodeLabels);
  }

  /** One source of score: pods counted per domain of one topology key, each worth {@code weight}. */
  record WeightedCounts(long weight, String topologyKey, TopologyCounts counts) {}

  /** Scores summed from the index's per-term counts. */
  record IndexedScores(List<WeightedCounts> parts) implements DomainScores {
    @Override
    public long at(Map<String, String> nodeLabels) {
      long total = 0;
      for (WeightedCounts part : parts) {
        total += part.weight() * part.counts().get(part.topologyKey(), nodeLabels);
      }
      return total;
    }
  }

  /** Scores from the index's counts, one term at a time; null when no pod contributes anything. */
  static DomainScores fromIndex(AffinityIndex index, PodSpec spec, int hardPodAffinityWeight) {
    List<WeightedCounts> parts = new ArrayList<>();
    addMatches(parts, index, spec.placement().podAffinity().preferred(), spec.namespace(), 1);
    addMatches(parts, index, spec.placement().podAntiAffinity().preferred(), spec.namespace(), -1);
    index.forEachScoringTermMatching(spec, (owned, counts) -> {
      long weight = owned.weight() == 0 ? hardPodAffinityWeight : owned.weight();
      if (weight != 0) {
        parts.add(new WeightedCounts(weight, owned.term().topologyKey(), counts));
      }
    });
    return parts.isEmpty() ? null : new IndexedScores(parts);
  }

  private static void addMatches(List<WeightedCounts> parts, AffinityIndex index, List<PodAffinity.Weighted> terms,
      String namespace, int sign) {
    for (PodAffinity.Weighted weighted : terms) {
      TopologyCounts counts = index.antiMatches(weighted.term(), namespace);
      if (counts.total() != 0) {
        parts.add(new WeightedCounts(sign * (long) weighted.weight(), weighted.term().topologyKey(), counts));
      }
    }
  }

  /** kube-scheduler's NormalizeScore: min-max scaling to 0..100, all 0 when every score is equal. */
  static void normalize(long[] scores, int count) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      min = Math.min(min, scores[i]);
      max = Math.max(max, scores[i]);
    }
    long spread = max - min;
    for (int i = 0; i < count; i++) {
      scores[i] = spread > 0 ? (long) (ScorePlugin.MAX_NODE_SCORE * ((scores[i] - min) / (double) spread)) : 0;
    }
  }
}
