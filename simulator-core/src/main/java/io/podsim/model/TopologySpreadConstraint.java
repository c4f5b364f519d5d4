package io.podsim.model;

import java.util.List;
import java.util.Objects;

/** A pod topology spread constraint with Kubernetes' fields and defaults. */
public record TopologySpreadConstraint(
    int maxSkew,
    String topologyKey,
    boolean hard,
    LabelSelector selector,
    int minDomains,
    boolean honorNodeAffinity,
    boolean honorNodeTaints,
    List<String> matchLabelKeys) {
  public TopologySpreadConstraint {
    Objects.requireNonNull(topologyKey, "topologyKey");
    selector = selector == null ? LabelSelector.NOTHING : selector;
    matchLabelKeys = matchLabelKeys == null ? List.of() : List.copyOf(matchLabelKeys);
    if (maxSkew < 1) {
      throw new InputError("maxSkew must be >= 1, found " + maxSkew);
    }
    if (minDomains < 1) {
      throw new InputError("minDomains must be >= 1, found " + minDomains);
    }
    if (minDomains > 1 && !hard) {
      throw new InputError("minDomains may only be set with whenUnsatisfiable: DoNotSchedule");
    }
  }
}
