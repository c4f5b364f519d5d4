package io.podsim.policies.interpodaffinity;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.LabelUniform;
import io.podsim.scheduler.NodeLocalFilterWhen;
import io.podsim.scheduler.NodeLocalScoreWhen;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kube-scheduler's InterPodAffinity.
 *
 * <p>Filter: (1) no existing pod's required anti-affinity term may match the pod in the node's
 * domain (the symmetric check); (2) for each required affinity term, the node's domain must hold a
 * pod matching all of the pod's affinity terms, unless no such pod exists anywhere and the pod
 * matches its own terms (the first of a group); (3) no domain of the node may hold a pod matching
 * one of the pod's required anti-affinity terms.
 *
 * <p>Score: per domain, the weights of the pod's preferred affinity terms (minus anti-affinity)
 * matched by existing pods, plus existing pods' preferred terms matched by this pod, plus
 * {@code hardPodAffinityWeight} for their required affinity terms; min-max scaled to 0..100.
 *
 * <p>PreFilter's counts come from an {@link AffinityIndex} kept up to date as pods are placed (the
 * fast path); {@link #scanning} recounts over every bound pod each cycle (the plain path), and the
 * two must place every pod alike.
 */
public final class InterPodAffinity implements PreFilterPlugin, NodeLocalFilterWhen, PreScorePlugin, ScorePlugin,
    ScoreNormalizer, LabelUniform, NodeLocalScoreWhen {
  public static final String NAME = "InterPodAffinity";
  /** kube-scheduler's default weight of existing pods' required affinity terms when scoring. */
  public static final int DEFAULT_HARD_POD_AFFINITY_WEIGHT = 1;

  private static final String FILTER_KEY = NAME + "/filter";
  private static final String SCORE_KEY = NAME + "/score";
  private static final Status EXISTING_ANTI = Status.unschedulable(NAME,
      "node(s) didn't satisfy existing pods anti-affinity rules");
  private static final Status AFFINITY = Status.unresolvable(NAME, "node(s) didn't match pod affinity rules");
  private static final Status ANTI = Status.unschedulable(NAME, "node(s) didn't match pod anti-affinity rules");

  private final Status skip = Status.skip(NAME);
  private final int hardPodAffinityWeight;
  private final boolean indexed;
  private AffinityIndex index;

  /** The plugin on its fast path: PreFilter reads domain counts kept up to date as pods are placed. */
  public InterPodAffinity(int hardPodAffinityWeight) {
    this(hardPodAffinityWeight, true);
  }

  private InterPodAffinity(int hardPodAffinityWeight, boolean indexed) {
    this.hardPodAffinityWeight = hardPodAffinityWeight;
    this.indexed = indexed;
  }

  /** The plain path: PreFilter counts over every bound pod each cycle; the reference the fast path must match. */
  public static InterPodAffinity scanning(int hardPodAffinityWeight) {
    return new InterPodAffinity(hardPodAffinityWeight, false);
  }

  @Override
  public String describeArgs(ResourceSchema schema) {
    return "hardPodAffinityWeight " + hardPodAffinityWeight;
  }

  /** Builds the plugin from InterPodAffinityArgs ({@code hardPodAffinityWeight}, 0..100, default 1). */
  public static InterPodAffinity fromArgs(PluginArgs args) {
    args.allowOnly("hardPodAffinityWeight", "ignorePreferredTermsOfExistingPods");
    int weight = args.integer("hardPodAffinityWeight", DEFAULT_HARD_POD_AFFINITY_WEIGHT);
    if (weight < 0 || weight > 100) {
      throw args.error("hardPodAffinityWeight", "expected 0..100, found " + weight);
    }
    if (!args.string("ignorePreferredTermsOfExistingPods", "false").equals("false")) {
      throw args.error("ignorePreferredTermsOfExistingPods", "only false is supported");
    }
    return new InterPodAffinity(weight);
  }

  /**
   * What Filter reads: counts of existing pods whose anti-affinity terms match the pod (any number
   * of them), of pods matching all the pod's affinity terms, and per anti-affinity term of the pod
   * (in its order) of pods matching it.
   */
  private record FilterState(List<TopologyCounts> existingAnti, TopologyCounts affinity, List<TopologyCounts> anti) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Status preFilter(CycleState state, Pod pod, ClusterState cluster) {
    PodSpec spec = pod.spec();
    List<PodAffinityTerm> affinityTerms = spec.placement().podAffinity().required();
    List<PodAffinityTerm> antiTerms = spec.placement().podAntiAffinity().required();
    if (affinityTerms.isEmpty() && antiTerms.isEmpty() && cluster.podsWithAffinity() == 0) {
      return skip;
    }
    FilterState counts = indexed ? indexedCounts(spec, cluster) : scannedCounts(spec, cluster);
    if (counts.existingAnti().stream().allMatch(c -> c.total() == 0) && affinityTerms.isEmpty()
        && antiTerms.isEmpty()) {
      return skip;
    }
    state.write(FILTER_KEY, counts);
    return Status.success();
  }

  private AffinityIndex index(ClusterState cluster) {
    if (index == null || !index.follows(cluster)) {
      index = new AffinityIndex(cluster);
    }
    return index;
  }

  private FilterState indexedCounts(PodSpec spec, ClusterState cluster) {
    AffinityIndex index = index(cluster);
    List<PodAffinityTerm> affinityTerms = spec.placement().podAffinity().required();
    List<TopologyCounts> anti = new ArrayList<>();
    for (PodAffinityTerm term : spec.placement().podAntiAffinity().required()) {
      anti.add(index.antiMatches(term, spec.namespace()));
    }
    return new FilterState(index.existingAntiMatching(spec),
        affinityTerms.isEmpty() ? new TopologyCounts() : index.affinityMatches(affinityTerms, spec.namespace()), anti);
  }

  private static FilterState scannedCounts(PodSpec spec, ClusterState cluster) {
    List<PodAffinityTerm> affinityTerms = spec.placement().podAffinity().required();
    List<PodAffinityTerm> antiTerms = spec.placement().podAntiAffinity().required();
    TopologyCounts existingAnti = new TopologyCounts();
    TopologyCounts affinity = new TopologyCounts();
    List<TopologyCounts> anti = new ArrayList<>();
    antiTerms.forEach(term -> anti.add(new TopologyCounts()));
    for (int node = 0; node < cluster.nodeCount(); node++) {
      Map<String, String> labels = cluster.node(node).labels();
      for (Pod existing : cluster.podsOn(node)) {
        PodSpec other = existing.spec();
        for (PodAffinityTerm term : other.placement().podAntiAffinity().required()) {
          countIfMatched(existingAnti, term, other.namespace(), spec, labels);
        }
        if (!affinityTerms.isEmpty() && matchesAll(affinityTerms, spec.namespace(), other)) {
          for (PodAffinityTerm term : affinityTerms) {
            addDomain(affinity, term.topologyKey(), labels, 1);
          }
        }
        for (int t = 0; t < antiTerms.size(); t++) {
          countIfMatched(anti.get(t), antiTerms.get(t), spec.namespace(), other, labels);
        }
      }
    }
    return new FilterState(List.of(existingAnti), affinity, anti);
  }

  /**
   * Node-local on the fast path when the pod has no required affinity terms (whose first-of-a-group
   * rule looks at the whole cluster) and every anti-affinity term in play, the pod's own and those
   * of existing pods that match it, has a topology key whose domains are single nodes.
   */
  @Override
  public boolean filtersNodeLocally(CycleState state, Pod pod, ClusterState cluster) {
    PodSpec spec = pod.spec();
    if (!indexed || !spec.placement().podAffinity().required().isEmpty()) {
      return false;
    }
    AffinityIndex index = index(cluster);
    for (PodAffinityTerm term : spec.placement().podAntiAffinity().required()) {
      if (!index.isPerNodeKey(term.topologyKey())) {
        return false;
      }
    }
    for (TopologyCounts existing : state.read(FILTER_KEY, FilterState.class).existingAnti()) {
      for (String key : existing.keys()) {
        if (!index.isPerNodeKey(key)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * On the fast path, the verdict reads only the node's domains of the terms in play (the pod's and
   * those of existing pods that match it): uniform within one label when they all use it.
   */
  @Override
  public String filterUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    if (!indexed) {
      return null;
    }
    PodSpec spec = pod.spec();
    Set<String> keys = new HashSet<>();
    spec.placement().podAffinity().required().forEach(term -> keys.add(term.topologyKey()));
    spec.placement().podAntiAffinity().required().forEach(term -> keys.add(term.topologyKey()));
    state.read(FILTER_KEY, FilterState.class).existingAnti().forEach(counts -> keys.addAll(counts.keys()));
    return keys.size() == 1 ? keys.iterator().next() : null;
  }

  /** On the fast path, uniform within one label when every term that scores the pod uses it. */
  @Override
  public String scoreUniformWithin(CycleState state, Pod pod, ClusterState cluster) {
    if (!(state.read(SCORE_KEY, DomainScores.class) instanceof IndexedScores scores)) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    scores.parts().forEach(part -> keys.add(part.topologyKey()));
    return keys.size() == 1 ? keys.iterator().next() : null;
  }

  /** On the fast path, node-local when every term that scores the pod has per-node domains (as the hostname). */
  @Override
  public boolean scoresNodeLocally(CycleState state, Pod pod, ClusterState cluster) {
    if (!(state.read(SCORE_KEY, DomainScores.class) instanceof IndexedScores scores)) {
      return false;
    }
    AffinityIndex index = index(cluster);
    return scores.parts().stream().allMatch(part -> index.isPerNodeKey(part.topologyKey()));
  }

  /** Min-max scaling reads only the lowest and highest raw score. */
  @Override
  public boolean normalizesByExtremes() {
    return true;
  }

  /** The lowest raw score normalizes to 0 while it stays the lowest; the highest to 100 while it stays the highest above it. */
  @Override
  public long unmovedRaw(long[] before, long[] after) {
    if (before[0] == after[0]) {
      return after[0];
    }
    boolean spreadBefore = before[1] > before[0];
    boolean spreadAfter = after[1] > after[0];
    return before[1] == after[1] && spreadBefore && spreadAfter ? after[1] : NO_UNMOVED_RAW;
  }

  /** The fast path's PreScore reads the index, not the feasible nodes. */
  @Override
  public boolean needsFeasibleNodes() {
    return !indexed;
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    FilterState counts = state.read(FILTER_KEY, FilterState.class);
    Map<String, String> labels = cluster.node(node).labels();
    for (TopologyCounts existing : counts.existingAnti()) {
      if (existing.anyPositive(labels)) {
        return EXISTING_ANTI;
      }
    }
    List<PodAffinityTerm> affinityTerms = pod.spec().placement().podAffinity().required();
    if (!affinityTerms.isEmpty() && !allTermsSatisfied(affinityTerms, counts.affinity(), labels)
        && !(counts.affinity().total() == 0 && matchesAll(affinityTerms, pod.spec().namespace(), pod.spec()))) {
      return AFFINITY;
    }
    List<PodAffinityTerm> antiTerms = pod.spec().placement().podAntiAffinity().required();
    for (int t = 0; t < antiTerms.size(); t++) {
      if (counts.anti().get(t).get(antiTerms.get(t).topologyKey(), labels) > 0) {
        return ANTI;
      }
    }
    return Status.success();
  }

  @Override
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    if (skipsWhateverTheNodes(state, pod, cluster)) {
      return skip;
    }
    DomainScores scores = indexed ? indexedScores(pod.spec(), cluster) : scannedScores(pod.spec(), cluster);
    if (scores == null) {
      return skip;
    }
    state.write(SCORE_KEY, scores);
    return Status.success();
  }

  /** A node's raw score from its labels. */
  @FunctionalInterface
  private interface DomainScores {
    long at(Map<String, String> nodeLabels);
  }

  /** One source of score: pods counted per domain of one topology key, each worth {@code weight}. */
  private record WeightedCounts(long weight, String topologyKey, TopologyCounts counts) {}

  /** Scores from the index's counts, one term at a time; null when no pod contributes anything. */
  private DomainScores indexedScores(PodSpec spec, ClusterState cluster) {
    AffinityIndex index = index(cluster);
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

  /** Scores summed from the index's per-term counts. */
  private record IndexedScores(List<WeightedCounts> parts) implements DomainScores {
    @Override
    public long at(Map<String, String> nodeLabels) {
      long total = 0;
      for (WeightedCounts part : parts) {
        total += part.weight() * part.counts().get(part.topologyKey(), nodeLabels);
      }
      return total;
    }
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

  /** Scores recounted over every bound pod (the plain path); null when no pod contributes anything. */
  private DomainScores scannedScores(PodSpec spec, ClusterState cluster) {
    TopologyCounts scores = new TopologyCounts();
    for (int node = 0; node < cluster.nodeCount(); node++) {
      Map<String, String> labels = cluster.node(node).labels();
      for (Pod existing : cluster.podsOn(node)) {
        scoreExistingPod(scores, spec, existing.spec(), labels);
      }
    }
    return scores.isEmpty() ? null : scores::sum;
  }

  /** Nothing to score: the pod has no preferred terms and no bound pod has terms that score others. */
  @Override
  public boolean skipsWhateverTheNodes(CycleState state, Pod pod, ClusterState cluster) {
    boolean preferred = !pod.spec().placement().podAffinity().preferred().isEmpty()
        || !pod.spec().placement().podAntiAffinity().preferred().isEmpty();
    return !preferred && (cluster.podsWithAffinity() == 0 || indexed && index(cluster).podsWithScoringTerms() == 0);
  }

  private void scoreExistingPod(TopologyCounts scores, PodSpec incoming, PodSpec existing, Map<String, String> labels) {
    addWeighted(scores, incoming.placement().podAffinity().preferred(), incoming.namespace(), existing, labels, 1);
    addWeighted(scores, incoming.placement().podAntiAffinity().preferred(), incoming.namespace(), existing, labels, -1);
    if (hardPodAffinityWeight > 0) {
      for (PodAffinityTerm term : existing.placement().podAffinity().required()) {
        if (term.matches(existing.namespace(), incoming.namespace(), incoming.labels())) {
          addDomain(scores, term.topologyKey(), labels, hardPodAffinityWeight);
        }
      }
    }
    addWeighted(scores, existing.placement().podAffinity().preferred(), existing.namespace(), incoming, labels, 1);
    addWeighted(scores, existing.placement().podAntiAffinity().preferred(), existing.namespace(), incoming, labels, -1);
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return state.read(SCORE_KEY, DomainScores.class).at(cluster.node(node).labels());
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      min = Math.min(min, scores[i]);
      max = Math.max(max, scores[i]);
    }
    long spread = max - min;
    for (int i = 0; i < count; i++) {
      scores[i] = spread > 0 ? (long) (MAX_NODE_SCORE * ((scores[i] - min) / (double) spread)) : 0;
    }
  }

  private static void addWeighted(TopologyCounts scores, List<PodAffinity.Weighted> terms, String ownerNamespace,
      PodSpec target, Map<String, String> labels, int sign) {
    for (PodAffinity.Weighted weighted : terms) {
      if (weighted.term().matches(ownerNamespace, target.namespace(), target.labels())) {
        addDomain(scores, weighted.term().topologyKey(), labels, sign * (long) weighted.weight());
      }
    }
  }

  private static void countIfMatched(TopologyCounts counts, PodAffinityTerm term, String ownerNamespace,
      PodSpec target, Map<String, String> labels) {
    if (term.matches(ownerNamespace, target.namespace(), target.labels())) {
      addDomain(counts, term.topologyKey(), labels, 1);
    }
  }

  private static void addDomain(TopologyCounts counts, String key, Map<String, String> labels, long delta) {
    counts.addDomain(key, labels, delta);
  }

  private static boolean matchesAll(List<PodAffinityTerm> terms, String ownerNamespace, PodSpec target) {
    for (PodAffinityTerm term : terms) {
      if (!term.matches(ownerNamespace, target.namespace(), target.labels())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTermsSatisfied(List<PodAffinityTerm> terms, TopologyCounts counts, Map<String, String> labels) {
    for (PodAffinityTerm term : terms) {
      if (counts.get(term.topologyKey(), labels) <= 0) {
        return false;
      }
    }
    return true;
  }
}
