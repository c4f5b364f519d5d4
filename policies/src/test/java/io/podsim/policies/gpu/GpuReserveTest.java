package io.podsim.policies.gpu;

import static io.podsim.policies.gpu.GpuCluster.pending;
import static io.podsim.policies.gpu.GpuCluster.share;
import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.policies.ProfileNotes;
import io.podsim.policies.queuesort.PrioritySort;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.ReservePlugin;
import io.podsim.scheduler.SchedulingFramework;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A GPU pod's devices are chosen at Reserve, after Score chose the node (kube-scheduler's order):
 * by the first Reserve plugin of the profile that answers, else best fit, never by score weights.
 */
class GpuReserveTest {
  /** A Reserve plugin that always gives the same GPU, or leaves the choice to the next plugin (null). */
  private record Fixed(String name, int[] gpus) implements ReservePlugin {
    @Override
    public int[] reserveGpus(CycleState state, Pod pod, ClusterState cluster, int node) {
      return gpus;
    }
  }

  static Stream<Arguments> cases() {
    Fixed none = new Fixed("Abstains", null);
    Fixed third = new Fixed("Third", new int[] {3});
    Fixed first = new Fixed("First", new int[] {0});
    return Stream.of(
        Arguments.of("with no Reserve plugin the share takes the tightest fitting GPU", List.of(), 2),
        Arguments.of("a Reserve plugin that abstains leaves best fit", List.of(none), 2),
        Arguments.of("the first Reserve plugin that answers chooses", List.of(none, third, first), 3),
        Arguments.of("Reserve plugins answer in profile order", List.of(first, third), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFirstReservePluginThatAnswersChoosesTheDevices(String name, List<ReservePlugin> reserves, int expected) {
    GpuCluster gpus = new GpuCluster();
    int node = gpus.node(64_000, 4, "T4");
    gpus.bind(node, 1000, share(300), 0).bind(node, 1000, share(600), 2);
    Profile.Builder builder = Profile.builder("p").plugin(new PrioritySort()).plugin(new GpuFit())
        .at(ExtensionPoint.SCORE, new Fgd(TargetWorkload.of(List.of())), 100);
    reserves.forEach(r -> builder.at(ExtensionPoint.RESERVE, r, 0));
    SchedulingFramework framework = new SchedulingFramework(builder.build(), gpus.cluster, new SplittableRandom(1));

    assertThat(framework.schedule(pending(1000, share(350)), null).gpuDevices()).containsExactly(expected);
  }

  @ParameterizedTest(name = "FGD at Reserve: {0}")
  @MethodSource("reserveOrNot")
  void aPluginThatScoresButIsNotAtReserveIsNamedByTheProfilesNotes(boolean atReserve, int notes) {
    Fgd fgd = new Fgd(TargetWorkload.of(List.of()));
    Profile.Builder builder = Profile.builder("gpu").plugin(new PrioritySort()).at(ExtensionPoint.SCORE, fgd, 1);
    if (atReserve) {
      builder.at(ExtensionPoint.RESERVE, fgd, 0);
    }
    List<String> found = ProfileNotes.ofAssembled(builder.build());
    assertThat(found).hasSize(notes);
    found.forEach(note -> assertThat(note).startsWith("gpu.plugins.reserve: FGD scores but does not choose GPU"
        + " devices, which is a Reserve step"));
  }

  static Stream<Arguments> reserveOrNot() {
    return Stream.of(Arguments.of(false, 1), Arguments.of(true, 0));
  }
}
