package io.podsim.policies.interpodaffinity;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.PluginArgs;
import io.podsim.policies.interpodaffinity.AffinityFilter.FilterState;
import io.podsim.policies.interpodaffinity.AffinityScores.DomainScores;
import io.podsim.policies.interpodaffinity.AffinityScores.IndexedScores;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.LabelUniform;
import io.podsim.scheduler.NodeLocalFilterWhen;
import io.podsim.scheduler.NodeLocalScoreWhen;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.HashSet;
import java.util.List;
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
 * <p>As kube-scheduler's package, the plugin is split by phase: {@link AffinityFilter} (filtering),
 * {@link AffinityScores} (scoring), and the counts behind them, from an {@link AffinityIndex} kept up
 * to date as pods are placed (the fast path) or, for {@link #scanning}, recounted over every bound pod
 * each cycle ({@link AffinityRecount}, the plain path); the two must place every pod alike.
 */
public final class InterPodAffinity implements PreFilterPlugin, NodeLocalFilterWhen, PreScorePlugin, ScorePlugin,
    ScoreNormalizer, LabelUniform, NodeLocalScoreWhen {
  public static final String NAME = "InterPodAffinity";
  /** kube-scheduler's default weight of existing pods' required affinity terms when scoring. */
  public static final int DEFAULT_HARD_POD_AFFINITY_WEIGHT = 1;

  private static final String FILTER_KEY = NAME + "/filter";
  private static final String SCORE_KEY = NAME + "/score";

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
    FilterState counts = indexed ? AffinityFilter.fromIndex(index(cluster), spec)
        : AffinityRecount.filterState(spec, cluster);
    if (counts.rejectsNothing(spec)) {
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
    Set<String> keys = state.read(FILTER_KEY, FilterState.class).keys(pod.spec());
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
  public Status preScore(CycleState state, Pod pod, ClusterState cluster, int[] nodes, int count) {
    if (skipsWhateverTheNodes(state, pod, cluster)) {
      return skip;
    }
    DomainScores scores = indexed ? AffinityScores.fromIndex(index(cluster), pod.spec(), hardPodAffinityWeight)
        : AffinityRecount.scores(pod.spec(), cluster, hardPodAffinityWeight);
    if (scores == null) {
      return skip;
    }
    state.write(SCORE_KEY, scores);
    return Status.success();
  }

  /** Nothing to score: the pod has no preferred terms and no bound pod has terms that score others. */
  @Override
  public boolean skipsWhateverTheNodes(CycleState state, Pod pod, ClusterState cluster) {
    boolean preferred = !pod.spec().placement().podAffinity().preferred().isEmpty()
        || !pod.spec().placement().podAntiAffinity().preferred().isEmpty();
    return !preferred && (cluster.podsWithAffinity() == 0 || indexed && index(cluster).podsWithScoringTerms() == 0);
  }

  @Override
  public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
    return state.read(SCORE_KEY, DomainScores.class).at(cluster.node(node).labels());
  }

  @Override
  public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
    return AffinityFilter.verdict(state.read(FILTER_KEY, FilterState.class), pod.spec(), cluster.node(node).labels());
  }

  @Override
  public void normalizeScores(CycleState state, Pod pod, int[] nodes, long[] scores, int count) {
    AffinityScores.normalize(scores, count);
  }
}
