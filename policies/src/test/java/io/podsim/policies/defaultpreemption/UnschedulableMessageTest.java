package io.podsim.policies.defaultpreemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.scheduler.Evictor;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message of a cycle that finds no node, as kube-scheduler's FitError.Error writes it under
 * kube-default: every reason of every node counted ("count reason" strings sorted as strings,
 * NodeResourcesFit listing every insufficient resource), a period, then DefaultPreemption's PostFilter
 * message: "preemption: " and the FitError of its own search (nodesWherePreemptionMightHelp,
 * SelectVictimsOnNode), or PodEligibleToPreemptOthers' refusal.
 */
class UnschedulableMessageTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final long GI = 1L << 30;

  /** A node (cpu millicores, memory) and the pods already on it (cpu, priority). */
  private record Node(long cpu, long memory, List<long[]> pods) {}

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("a request beyond every node's allocatable: preemption cannot help",
            List.of(new Node(1000, 8 * GI, List.of()), new Node(1000, 8 * GI, List.of()),
                new Node(1000, 8 * GI, List.of())), 2000L, GI, 0, true,
            "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not"
                + " helpful for scheduling."),
        Arguments.of("full nodes holding only pods of the same priority: no victims",
            List.of(new Node(2000, 8 * GI, List.<long[]>of(new long[] {1500, 0})),
                new Node(2000, 8 * GI, List.<long[]>of(new long[] {1500, 0})),
                new Node(2000, 8 * GI, List.<long[]>of(new long[] {1500, 0}))), 1000L, GI, 0, true,
            "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption"
                + " victims found for incoming pod."),
        Arguments.of("a pod that may not preempt says so",
            List.of(new Node(2000, 8 * GI, List.<long[]>of(new long[] {1500, 0})),
                new Node(2000, 8 * GI, List.<long[]>of(new long[] {1500, 0}))), 1000L, GI, 10, false,
            "0/2 nodes are available: 2 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never."),
        Arguments.of("every shortage of a node counts, and counts sort as strings",
            List.of(new Node(1000, 8 * GI, List.of()), new Node(4000, GI, List.<long[]>of(new long[] {3500, 0})),
                new Node(4000, GI, List.<long[]>of(new long[] {3500, 0}))), 2000L, 2 * GI, 10, true,
            "0/3 nodes are available: 2 Insufficient memory, 3 Insufficient cpu. preemption: 0/3 nodes are available:"
                + " 3 Preemption is not helpful for scheduling."),
        Arguments.of("lower-priority victims that would not free enough: the filters' verdict without them",
            List.of(new Node(2000, 8 * GI, List.of(new long[] {500, 0}, new long[] {1500, 20})),
                new Node(2000, 8 * GI, List.of(new long[] {500, 0}, new long[] {1500, 20}))), 1000L, GI, 10, true,
            "0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 Insufficient cpu."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theMessageIsKubeSchedulersFitError(String description, List<Node> nodes, long cpu, long memory, int priority,
      boolean preempts, String expected) {
    ClusterState cluster = new ClusterState(SCHEMA);
    int id = 0;
    for (int n = 0; n < nodes.size(); n++) {
      Node node = nodes.get(n);
      cluster.addNode(new NodeSpec("n" + n, Resources.of(node.cpu(), node.memory(), 0, 110), Map.of(), List.of(),
          false));
      for (long[] existing : node.pods()) {
        Pod pod = new Pod(id++, new PodSpec("e" + id, null, Resources.of(existing[0], 0, 0, 0), Map.of(),
            (int) existing[1], 0, PodSpec.NO_DURATION, List.of()));
        cluster.bind(pod, n, 0);
      }
    }
    SchedulingFramework framework = new SchedulingFramework(BuiltInProfiles.create("kube-default", SCHEMA), cluster,
        new SplittableRandom(1));
    Pod incoming = new Pod(id, new PodSpec("incoming", null, Resources.of(cpu, memory, 0, 0), Map.of(), priority, 0,
        PodSpec.NO_DURATION, List.of(), null, preempts, null, List.of()));
    Evictor never = new Evictor() {
      @Override
      public long now() {
        return 0;
      }

      @Override
      public void evict(Pod victim, String reason) {
        throw new AssertionError("no case here finds victims");
      }
    };
    assertThat(framework.schedule(incoming, never).diagnosis().message()).isEqualTo(expected);
  }
}
