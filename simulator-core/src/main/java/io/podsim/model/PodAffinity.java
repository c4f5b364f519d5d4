package io.podsim.model;

import java.util.List;
import java.util.Map;

/** Required and weighted preferred pod (anti-)affinity terms. */
public record PodAffinity(List<PodAffinityTerm> required, List<Weighted> preferred) {
  /** A preferred term and its weight (1..100). */
  public record Weighted(int weight, PodAffinityTerm term) {
    public Weighted {
      if (weight < 1 || weight > 100) {
        throw new InputError("preferred pod affinity weight must be 1..100, found " + weight);
      }
    }
  }

  public static final PodAffinity NONE = new PodAffinity(List.of(), List.of());

  public PodAffinity {
    required = required == null ? List.of() : List.copyOf(required);
    preferred = preferred == null ? List.of() : List.copyOf(preferred);
  }

  public boolean isEmpty() {
    return required.isEmpty() && preferred.isEmpty();
  }

  /** True when some term names label keys of the owning pod. */
  public boolean hasLabelKeys() {
    return required.stream().anyMatch(PodAffinityTerm::hasLabelKeys)
        || preferred.stream().anyMatch(w -> w.term().hasLabelKeys());
  }

  /** Every term resolved for the owning pod's labels ({@link PodAffinityTerm#resolvedFor}). */
  public PodAffinity resolvedFor(Map<String, String> ownerLabels) {
    return new PodAffinity(required.stream().map(t -> t.resolvedFor(ownerLabels)).toList(),
        preferred.stream().map(w -> new Weighted(w.weight(), w.term().resolvedFor(ownerLabels))).toList());
  }
}
