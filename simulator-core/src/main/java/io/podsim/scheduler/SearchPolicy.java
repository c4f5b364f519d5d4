package io.podsim.scheduler;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks how each cycle searches for its node, and says why: the kept-answer tree when every plugin
 * the cycle runs answers per node or per label group and every node is to be considered, else the
 * scan with kept answers, or the plain scan for a profile whose plugins keep none.
 */
final class SearchPolicy {
  /** Why a cycle searched as it did. */
  enum Why {
    PROFILE_KEEPS_NO_ANSWERS("a plugin of the profile reads more than its node, so no answer is kept"),
    EVERY_PLUGIN_PER_NODE_OR_GROUP("every plugin of the cycle answers per node or per label group"),
    FILTER_READS_MORE_THAN_THE_NODE("a filter of the cycle reads more than its node or its label group"),
    PODS_NOMINATED("pods are nominated to nodes, and count there as if they ran"),
    NODES_SAMPLED("percentageOfNodesToScore stops the search before every node is considered");

    private final String reason;

    Why(String reason) {
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  private final ClusterState cluster;
  private final PluginTable plugins;
  private final NodeAnswers answers;
  private final List<NodeSearch> plain;
  private final List<NodeSearch> cached;
  private final List<NodeSearch> treeThenCached;
  /** Cycles so far per {@link Why}, by ordinal: a per-cycle count, so no boxing. */
  private final long[] cycles = new long[Why.values().length];

  SearchPolicy(ClusterState cluster, PluginTable plugins, NodeAnswers answers, PlainScan plainScan,
      CachedScan cachedScan, KeptAnswerTree tree) {
    this.cluster = cluster;
    this.plugins = plugins;
    this.answers = answers;
    this.plain = List.of(plainScan);
    this.cached = List.of(cachedScan);
    this.treeThenCached = List.of(tree, cachedScan);
  }

  /** This cycle's plan; with kept answers, it also starts the answers' cycle for the pod's shape. */
  SearchCycle plan(CycleState state, Pod pod, boolean[] skipFilter, Diagnosis diagnosis) {
    if (!plugins.profile().reusesNodeAnswers()) {
      return counted(new SearchCycle(skipFilter, null, plain, Why.PROFILE_KEEPS_NO_ANSWERS, diagnosis));
    }
    FilterPlan plan = planFilters(state, pod, skipFilter);
    answers.begin(pod, bits(skipFilter) | bits(plan.perGroup()), readsPodIdentity(state, pod, plan));
    int nodes = cluster.nodeCount();
    Why why = !plan.treeAllowed() ? Why.FILTER_READS_MORE_THAN_THE_NODE
        : cluster.nominatedPodCount() > 0 ? Why.PODS_NOMINATED
        : NodeScan.numFeasibleNodesToFind(plugins.profile().percentageOfNodesToScore(), nodes) < nodes
        ? Why.NODES_SAMPLED : Why.EVERY_PLUGIN_PER_NODE_OR_GROUP;
    return counted(new SearchCycle(skipFilter, plan, why == Why.EVERY_PLUGIN_PER_NODE_OR_GROUP ? treeThenCached
        : cached, why, diagnosis));
  }

  /** Cycles so far by why they searched as they did. */
  Map<Why, Long> cycles() {
    Map<Why, Long> counts = new EnumMap<>(Why.class);
    for (Why why : Why.values()) {
      if (cycles[why.ordinal()] > 0) {
        counts.put(why, cycles[why.ordinal()]);
      }
    }
    return counts;
  }

  private SearchCycle counted(SearchCycle cycle) {
    cycles[cycle.why().ordinal()]++;
    return cycle;
  }

  private FilterPlan planFilters(CycleState state, Pod pod, boolean[] skipFilter) {
    FilterPlugin[] filters = plugins.filters();
    boolean[] perNode = new boolean[filters.length];
    boolean[] perGroup = new boolean[filters.length];
    String key = null;
    boolean allPerNode = true;
    boolean treeAllowed = filters.length + plugins.scorers().length < Long.SIZE;
    for (int f = 0; f < filters.length; f++) {
      if (skipFilter[f]) {
        continue;
      }
      NodeLocalFilterWhen conditional = plugins.conditionalFilters()[f];
      if (plugins.filterIsNodeLocal()[f] || conditional != null && conditional.filtersNodeLocally(state, pod, cluster)) {
        perNode[f] = true;
        // after a group filter, a node's first rejecting filter could no longer be told per node
        treeAllowed &= key == null;
        continue;
      }
      allPerNode = false;
      LabelUniform uniform = plugins.uniformFilters()[f];
      String within = uniform != null ? uniform.filterUniformWithin(state, pod, cluster) : null;
      if (within == null || key != null && !key.equals(within)) {
        treeAllowed = false;
      } else {
        key = within;
        perGroup[f] = true;
      }
    }
    // kept filter verdicts are keyed by one bit per filter
    return new FilterPlan(perNode, perGroup, key, allPerNode && filters.length < Long.SIZE, treeAllowed);
  }

  /**
   * True when a plugin that reads the pod's labels and namespace ({@link NodeLocalFilterWhen},
   * {@link NodeLocalScoreWhen}) may answer per node this cycle: its filter runs per node, or its
   * PreScore does not skip whatever the nodes. {@link NodeLocal} plugins never read them.
   */
  private boolean readsPodIdentity(CycleState state, Pod pod, FilterPlan plan) {
    for (int f = 0; f < plugins.filters().length; f++) {
      if (plan.perNode()[f] && plugins.conditionalFilters()[f] != null) {
        return true;
      }
    }
    for (int s = 0; s < plugins.scorers().length; s++) {
      PreScorePlugin preScore = plugins.scorersPreScore()[s];
      if (plugins.conditionalScores()[s] != null
          && !(preScore != null && preScore.skipsWhateverTheNodes(state, pod, cluster))) {
        return true;
      }
    }
    return false;
  }

  /** The flags as bits (at most 64 of them: the framework's plugin lists are short). */
  static long bits(boolean[] flags) {
    long bits = 0;
    for (int i = 0; i < flags.length && i < Long.SIZE; i++) {
      bits |= flags[i] ? 1L << i : 0;
    }
    return bits;
  }
}
