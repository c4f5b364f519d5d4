package io.podsim.testing;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.FilterPlugin;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.QueueSortPlugin;
import io.podsim.scheduler.QueuedPodInfo;
import io.podsim.scheduler.ScorePlugin;
import io.podsim.scheduler.Status;

/** Minimal plugins for engine tests, independent of the policies module. */
public final class TestPlugins {
  private TestPlugins() {}

  /** Higher priority first, then earlier queue time. */
  public static final class PrioritySort implements QueueSortPlugin {
    public String name() {
      return "PrioritySort";
    }

    public int compare(QueuedPodInfo a, QueuedPodInfo b) {
      int byPriority = Integer.compare(b.pod().spec().priority(), a.pod().spec().priority());
      return byPriority != 0 ? byPriority : Long.compare(a.timestamp(), b.timestamp());
    }
  }

  /** Rejects nodes without enough free cpu or memory. */
  public static final class Fit implements FilterPlugin {
    static final Status NO_CPU = Status.unschedulable("Fit", "Insufficient cpu");
    static final Status NO_MEMORY = Status.unschedulable("Fit", "Insufficient memory");

    public String name() {
      return "Fit";
    }

    public Status filter(CycleState state, Pod pod, ClusterState cluster, int node) {
      if (free(cluster, ResourceSchema.CPU_INDEX, node) < pod.spec().requests().get(ResourceSchema.CPU_INDEX)) {
        return NO_CPU;
      }
      if (free(cluster, ResourceSchema.MEMORY_INDEX, node) < pod.spec().requests().get(ResourceSchema.MEMORY_INDEX)) {
        return NO_MEMORY;
      }
      return Status.success();
    }

    private static long free(ClusterState cluster, int resource, int node) {
      return cluster.allocatable(resource, node) - cluster.requested(resource, node);
    }
  }

  /** Scores the share of cpu left free after placing the pod. */
  public static final class LeastCpu implements ScorePlugin {
    public String name() {
      return "LeastCpu";
    }

    public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
      long allocatable = cluster.allocatable(ResourceSchema.CPU_INDEX, node);
      long used = cluster.requested(ResourceSchema.CPU_INDEX, node) + pod.spec().requests().get(ResourceSchema.CPU_INDEX);
      return allocatable == 0 ? 0 : Math.max(0, allocatable - used) * 100 / allocatable;
    }
  }

  /** Gives every node the same score, so every pick is a tie. */
  public static final class Flat implements ScorePlugin {
    public String name() {
      return "Flat";
    }

    public long score(CycleState state, Pod pod, ClusterState cluster, int node) {
      return 50;
    }
  }

  /** Priority sort, cpu/memory fit and least-allocated cpu scoring. */
  public static Profile spreading() {
    return Profile.builder("test-spread").plugin(new PrioritySort()).plugin(new Fit()).plugin(new LeastCpu(), 1).build();
  }

  /** Priority sort and fit; every feasible node ties. */
  public static Profile flat() {
    return Profile.builder("test-flat").plugin(new PrioritySort()).plugin(new Fit()).plugin(new Flat(), 1)
        .percentageOfNodesToScore(100).build();
  }
}
