package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cli.bench.BenchWorkload;
import io.podsim.cluster.Pod;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.BuiltInProfiles;
import io.podsim.workloads.stream.ListPodStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path places every pod exactly where the plain path did: each scheduler_perf shape, on
 * 250 nodes with kube-default scoring every node, must bind the same pods to the same nodes in the
 * same order as its committed golden list. Speed work must leave these files unchanged; after an
 * intended change in behaviour, regenerate them with {@code -Dpodsim.updateGolden=true} and review.
 */
@Tag("slow")
class PlacementGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "placements");

  static Stream<BenchWorkload> shapes() {
    return BenchWorkload.full().stream().map(w -> w.scaledTo(250));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyPodLandsWhereTheGoldenListSays(BenchWorkload workload) throws IOException {
    StringBuilder placements = new StringBuilder();
    SimulationListener recorder = new SimulationListener() {
      @Override
      public void onPodBound(long now, Pod pod) {
        placements.append(pod.spec().name()).append(' ').append(pod.node()).append(' ').append(now).append('\n');
      }
    };
    ResourceSchema schema = ResourceSchema.standard();
    List<PodSpec> pods = workload.podSpecs();
    new Simulation(BuiltInProfiles.create("kube-default", schema).withPercentageOfNodesToScore(100), schema,
        workload.nodeSpecs(), new ListPodStream(pods), new SimulationOptions(1, SimulationOptions.NO_HORIZON, 0),
        List.of(recorder)).run();
    Path golden = GOLDEN.resolve(workload.shape().name().toLowerCase() + ".txt");
    if (Boolean.getBoolean("podsim.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, placements);
    }
    assertThat(placements.toString().lines().count()).as("pods bound").isPositive();
    assertThat(placements.toString()).as("placements of %s", workload.name()).isEqualTo(Files.readString(golden));
  }
}
