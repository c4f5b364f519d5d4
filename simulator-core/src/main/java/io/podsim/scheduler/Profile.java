package io.podsim.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduler profile: the plugins enabled at each extension point, score weights, how many
 * nodes a cycle scores, and how failed pods back off. Build with {@link #builder}; a plugin added once is enabled at every
 * extension point it implements.
 */
public record Profile(
    String name,
    QueueSortPlugin queueSort,
    List<PreFilterPlugin> preFilters,
    List<FilterPlugin> filters,
    List<PostFilterPlugin> postFilters,
    List<PreScorePlugin> preScores,
    List<WeightedScore> scores,
    List<ReservePlugin> reserves,
    int percentageOfNodesToScore,
    QueueBackoff backoff,
    TieBreak tieBreak,
    boolean reusesNodeAnswers) {

  /** A score plugin with its weight in the profile. */
  public record WeightedScore(ScorePlugin plugin, int weight) {}

  /** How the scheduler picks among nodes with the same best total score. */
  public enum TieBreak {
    /** Each equally likely, drawn from the run's seed (kube-scheduler's selectHost). */
    RANDOM,
    /** The first in node order: the order of the cluster's nodes as listed. */
    NODE_ORDER,
    /**
     * The first in a node order shuffled by the run's seed (the FGD paper's protocol: its
     * simulator shuffles the node list once per run and keeps the first best node).
     */
    SHUFFLED_NODE_ORDER;

    /** The name a scheduler configuration gives it: {@code Random}, {@code NodeOrder}, {@code ShuffledNodeOrder}. */
    public String configName() {
      return switch (this) {
        case RANDOM -> "Random";
        case NODE_ORDER -> "NodeOrder";
        case SHUFFLED_NODE_ORDER -> "ShuffledNodeOrder";
      };
    }

    /** The rule a configuration names so, if any. */
    public static Optional<TieBreak> byConfigName(String name) {
      return Arrays.stream(values()).filter(rule -> rule.configName().equals(name)).findFirst();
    }

    /** True when the first best node in scan order wins, with no random draw. */
    public boolean byNodeOrder() {
      return this != RANDOM;
    }
  }

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queueSort, "profile " + name + " has no QueueSort plugin");
    preFilters = List.copyOf(preFilters);
    filters = List.copyOf(filters);
    postFilters = List.copyOf(postFilters);
    preScores = List.copyOf(preScores);
    scores = List.copyOf(scores);
    reserves = List.copyOf(reserves);
    tieBreak = tieBreak == null ? TieBreak.RANDOM : tieBreak;
    backoff = backoff == null ? QueueBackoff.DEFAULT : backoff;
    if (percentageOfNodesToScore < 0 || percentageOfNodesToScore > 100) {
      throw new IllegalArgumentException("percentageOfNodesToScore must be 0 (adaptive) to 100");
    }
  }

  /** The plugins of this profile, each once: queue sort, then in Filter, PostFilter, Score and Reserve order. */
  public List<Plugin> plugins() {
    List<Plugin> all = new ArrayList<>();
    all.add(queueSort);
    List<List<? extends Plugin>> points = List.of(filters, postFilters,
        scores.stream().map(WeightedScore::plugin).toList(), preFilters, preScores, reserves);
    for (List<? extends Plugin> list : points) {
      list.stream().filter(p -> !all.contains(p)).forEach(all::add);
    }
    return all;
  }

  /** This profile scoring the given share of nodes (0 = adaptive, 100 = all). */
  public Profile withPercentageOfNodesToScore(int percentage) {
    return new Profile(name, queueSort, preFilters, filters, postFilters, preScores, scores, reserves, percentage,
        backoff, tieBreak, reusesNodeAnswers);
  }

  /** This profile breaking ties by another rule. */
  public Profile withTieBreak(TieBreak rule) {
    return new Profile(name, queueSort, preFilters, filters, postFilters, preScores, scores, reserves,
        percentageOfNodesToScore, backoff, rule, reusesNodeAnswers);
  }

  /** This profile without PostFilter plugins: a cycle that finds no node fails without preempting. */
  public Profile withoutPostFilters() {
    return new Profile(name, queueSort, preFilters, filters, List.of(), preScores, scores, reserves,
        percentageOfNodesToScore, backoff, tieBreak, reusesNodeAnswers);
  }

  /**
   * This profile evaluating every node afresh in every cycle, never reusing node-local plugins'
   * answers: the plain path the reuse must match.
   */
  public Profile withoutNodeAnswerReuse() {
    return new Profile(name, queueSort, preFilters, filters, postFilters, preScores, scores, reserves,
        percentageOfNodesToScore, backoff, tieBreak, false);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Collects plugins into their extension points. */
  public static final class Builder {
    private final String name;
    private QueueSortPlugin queueSort;
    private final List<PreFilterPlugin> preFilters = new ArrayList<>();
    private final List<FilterPlugin> filters = new ArrayList<>();
    private final List<PostFilterPlugin> postFilters = new ArrayList<>();
    private final List<PreScorePlugin> preScores = new ArrayList<>();
    private final List<WeightedScore> scores = new ArrayList<>();
    private final List<ReservePlugin> reserves = new ArrayList<>();
    private int percentageOfNodesToScore;
    private QueueBackoff backoff = QueueBackoff.DEFAULT;
    private TieBreak tieBreak = TieBreak.RANDOM;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Enables a plugin at every extension point it implements; {@code weight} applies to Score, and
     * a score plugin with weight 0 is enabled for filtering only (its PreScore is skipped too).
     */
    public Builder plugin(Plugin plugin, int weight) {
      for (ExtensionPoint point : ExtensionPoint.values()) {
        boolean scoringOff = weight <= 0 && plugin instanceof ScorePlugin
            && (point == ExtensionPoint.SCORE || point == ExtensionPoint.PRE_SCORE);
        if (point.isImplementedBy(plugin) && !scoringOff) {
          at(point, plugin, weight);
        }
      }
      return this;
    }

    /** Enables a plugin at one extension point, which it must implement; weight is for Score. */
    public Builder at(ExtensionPoint point, Plugin plugin, int weight) {
      if (!point.isImplementedBy(plugin)) {
        throw new IllegalArgumentException(plugin.name() + " does not implement " + point.configName());
      }
      switch (point) {
        case QUEUE_SORT -> queueSort = (QueueSortPlugin) plugin;
        case PRE_FILTER -> addOnce(preFilters, (PreFilterPlugin) plugin);
        case FILTER -> addOnce(filters, (FilterPlugin) plugin);
        case POST_FILTER -> addOnce(postFilters, (PostFilterPlugin) plugin);
        case PRE_SCORE -> addOnce(preScores, (PreScorePlugin) plugin);
        case SCORE -> {
          scores.removeIf(s -> s.plugin() == plugin);
          scores.add(new WeightedScore((ScorePlugin) plugin, Math.max(1, weight)));
        }
        case RESERVE -> addOnce(reserves, (ReservePlugin) plugin);
      }
      return this;
    }

    private static <T> void addOnce(List<T> list, T plugin) {
      if (!list.contains(plugin)) {
        list.add(plugin);
      }
    }

    /** Enables a plugin that does not score, or scores with weight 1. */
    public Builder plugin(Plugin plugin) {
      return plugin(plugin, 1);
    }

    /** How ties between the best nodes are broken; {@link TieBreak#RANDOM} by default. */
    public Builder tieBreak(TieBreak rule) {
      this.tieBreak = rule;
      return this;
    }

    /** How failed pods back off; kube-scheduler's defaults unless set. */
    public Builder backoff(QueueBackoff rule) {
      this.backoff = rule;
      return this;
    }

    /** 0 means kube-scheduler's adaptive default; 100 scores every feasible node. */
    public Builder percentageOfNodesToScore(int percentage) {
      this.percentageOfNodesToScore = percentage;
      return this;
    }

    public Profile build() {
      return new Profile(name, queueSort, preFilters, filters, postFilters, preScores, scores, reserves,
          percentageOfNodesToScore, backoff, tieBreak, true);
    }
  }
}
