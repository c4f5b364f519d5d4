package io.podsim.policies;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.Taint;
import io.podsim.model.Toleration;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.PreFilterPlugin;
import io.podsim.scheduler.PreScorePlugin;
import io.podsim.scheduler.ScoreNormalizer;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** A small cluster for plugin tests, and helpers that run a plugin the way the framework does. */
public final class Fixture {
  public static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private final ClusterState cluster = new ClusterState(SCHEMA);
  private int nextPod = 1000;

  /** Adds a node with 16 cpus, 64Gi, 110 pods and the labels; hostname is always set. */
  public Fixture node(String name, Map<String, String> labels, Taint... taints) {
    Map<String, String> all = new LinkedHashMap<>(labels);
    all.put("kubernetes.io/hostname", name);
    cluster.addNode(new NodeSpec(name, Resources.of(16_000, 64L << 30, 0, 110), all, List.of(taints), false));
    return this;
  }

  /** Binds an existing pod to the named node. */
  public Fixture existing(String node, PodSpec pod) {
    cluster.bind(new Pod(nextPod++, pod), index(node), 0);
    return this;
  }

  public ClusterState cluster() {
    return cluster;
  }

  public int index(String node) {
    for (int i = 0; i < cluster.nodeCount(); i++) {
      if (cluster.node(i).name().equals(node)) {
        return i;
      }
    }
    throw new IllegalArgumentException(node);
  }

  /** A pod in namespace {@code default} with labels and placement. */
  public static PodSpec pod(String name, Map<String, String> labels, Placement placement) {
    return pod(name, "default", labels, placement, List.of());
  }

  public static PodSpec pod(String name, String namespace, Map<String, String> labels, Placement placement,
      List<Toleration> tolerations) {
    return new PodSpec(name, namespace, Resources.of(100, 1L << 20, 0, 0), labels, 0, 0, -1, tolerations, placement);
  }

  /** A placement with only pod affinity and anti-affinity. */
  public static Placement affinity(PodAffinity affinity, PodAffinity antiAffinity) {
    return new Placement(null, null, null, affinity, antiAffinity, null, null);
  }

  /** A required term selecting {@code key=value} in the owner's namespace, over {@code topologyKey}. */
  public static PodAffinityTerm term(String key, String value, String topologyKey) {
    return new PodAffinityTerm(new LabelSelector(Map.of(key, value), List.of()), Set.of(), false, topologyKey);
  }

  /** The names of the nodes the plugin's PreFilter and Filter let the pod onto. */
  public List<String> feasible(Plugin plugin, PodSpec spec) {
    Pod pod = new Pod(0, spec);
    CycleState state = new CycleState(new SplittableRandom(1));
    boolean skip = false;
    if (plugin instanceof PreFilterPlugin pre) {
      Status status = pre.preFilter(state, pod, cluster);
      if (status.isRejection()) {
        return List.of();
      }
      skip = status.isSkip();
    }
    List<String> names = new ArrayList<>();
    for (int node = 0; node < cluster.nodeCount(); node++) {
      if (skip || ((FilterPlugin) plugin).filter(state, pod, cluster, node).isSuccess()) {
        names.add(cluster.node(node).name());
      }
    }
    return names;
  }

  /** The reason the plugin's Filter gives for the named node, or "" when it fits. */
  public String reason(Plugin plugin, PodSpec spec, String node) {
    Pod pod = new Pod(0, spec);
    CycleState state = new CycleState(new SplittableRandom(1));
    if (plugin instanceof PreFilterPlugin pre && pre.preFilter(state, pod, cluster).isSkip()) {
      return "";
    }
    Status status = ((FilterPlugin) plugin).filter(state, pod, cluster, index(node));
    return status.isSuccess() ? "" : status.reason();
  }

  /** Normalized scores of every node (all treated as feasible), by node name; skipped plugins give 0. */
  public Map<String, Long> scores(Plugin plugin, PodSpec spec) {
    Pod pod = new Pod(0, spec);
    CycleState state = new CycleState(new SplittableRandom(1));
    int count = cluster.nodeCount();
    int[] nodes = new int[count];
    for (int i = 0; i < count; i++) {
      nodes[i] = i;
    }
    long[] scores = new long[count];
    boolean skipped = plugin instanceof PreScorePlugin pre && pre.preScore(state, pod, cluster, nodes, count).isSkip();
    if (!skipped) {
      for (int i = 0; i < count; i++) {
        scores[i] = ((ScorePlugin) plugin).score(state, pod, cluster, i);
      }
      if (plugin instanceof ScoreNormalizer normalizer) {
        normalizer.normalizeScores(state, pod, nodes, scores, count);
      }
    }
    Map<String, Long> byName = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      byName.put(cluster.node(i).name(), scores[i]);
    }
    return byName;
  }
}
