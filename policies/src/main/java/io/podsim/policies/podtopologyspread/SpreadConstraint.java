package io.podsim.policies.podtopologyspread;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.model.TopologySpreadConstraint;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A constraint as the plugin applies it to one pod: matchLabelKeys folded into the selector. */
record SpreadConstraint(int maxSkew, String topologyKey, LabelSelector selector, int minDomains,
    boolean honorNodeAffinity, boolean honorNodeTaints) {

  static SpreadConstraint of(TopologySpreadConstraint c, PodSpec pod) {
    LabelSelector selector = c.selector();
    if (!c.matchLabelKeys().isEmpty() && selector != LabelSelector.NOTHING) {
      Map<String, String> labels = new HashMap<>(selector.matchLabels());
      for (String key : c.matchLabelKeys()) {
        String value = pod.labels().get(key);
        if (value != null) {
          labels.put(key, value);
        }
      }
      selector = new LabelSelector(labels, selector.matchExpressions());
    }
    return new SpreadConstraint(c.maxSkew(), c.topologyKey(), selector, c.minDomains(), c.honorNodeAffinity(),
        c.honorNodeTaints());
  }

  /** Whether pods on this node count for the constraint, by its node inclusion policies. */
  boolean includes(PodSpec pod, NodeSpec node) {
    if (honorNodeAffinity && !pod.placement().requiredNodeAffinityMatches(node)) {
      return false;
    }
    return !honorNodeTaints || toleratesAll(pod, node.taints());
  }

  private static boolean toleratesAll(PodSpec pod, List<Taint> taints) {
    for (Taint taint : taints) {
      if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE
          && pod.tolerations().stream().noneMatch(t -> t.tolerates(taint))) {
        return false;
      }
    }
    return true;
  }

  /** Pods on the node in the pod's namespace that the selector matches. */
  int countOn(ClusterState cluster, int node, String namespace) {
    int count = 0;
    for (Pod other : cluster.podsOn(node)) {
      if (other.spec().namespace().equals(namespace) && selector.matches(other.spec().labels())) {
        count++;
      }
    }
    return count;
  }

  /** True when the node has the label of every constraint. */
  static boolean nodeHasAllKeys(NodeSpec node, List<SpreadConstraint> constraints) {
    for (SpreadConstraint c : constraints) {
      if (!node.labels().containsKey(c.topologyKey())) {
        return false;
      }
    }
    return true;
  }

  /** Per domain value, matching pods over the nodes that count; insertion-ordered for determinism. */
  static Map<String, int[]> newCounts() {
    return new LinkedHashMap<>();
  }
}
