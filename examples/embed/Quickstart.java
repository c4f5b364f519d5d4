import io.podsim.metrics.RunResult;
import io.podsim.run.Podsim;
import io.podsim.workloads.scenario.Scenario;
import java.nio.file.Path;

public class Quickstart {
  public static void main(String[] args) throws Exception {
    Scenario scenario = Podsim.load(Path.of("examples/quickstart.yaml"));
    for (String profile : scenario.profiles()) {
      RunResult result = Podsim.run(scenario, profile, scenario.seed());
      System.out.printf("%s: cpu utilization mean %.1f%%, latency max %.3fs, %d pods preempted%n", profile,
          100 * result.utilization().get("cpu").mean(), result.latency().max(), result.pods().preempted());
    }
  }
}
