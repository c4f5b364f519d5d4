package io.podsim.cli.experiment;

import io.podsim.policies.gpu.Fgd;
import io.podsim.policies.gpu.GpuBestFit;
import io.podsim.policies.gpu.GpuClustering;
import io.podsim.policies.gpu.GpuDotProduct;
import io.podsim.policies.gpu.GpuPacking;
import io.podsim.policies.gpu.GpuRandom;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.scheduler.ScorePlugin;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The policies of the FGD paper's comparison, by the names the paper gives them. */
public enum FgdPolicy {
  RANDOM("Random", w -> new GpuRandom()),
  DOT_PROD("DotProd", w -> new GpuDotProduct()),
  GPU_CLUSTERING("GpuClustering", w -> new GpuClustering()),
  GPU_PACKING("GpuPacking", w -> new GpuPacking()),
  BEST_FIT("BestFit", w -> new GpuBestFit()),
  FGD("FGD", Fgd::new);

  private final String paperName;
  private final Function<TargetWorkload, ScorePlugin> factory;

  FgdPolicy(String paperName, Function<TargetWorkload, ScorePlugin> factory) {
    this.paperName = paperName;
    this.factory = factory;
  }

  public String paperName() {
    return paperName;
  }

  /** A fresh score plugin; FGD measures fragmentation against {@code workload}. */
  public ScorePlugin plugin(TargetWorkload workload) {
    return factory.apply(workload);
  }

  /** The policy the paper names so, or null; case matters, so the built-in profile {@code random} stays a profile. */
  public static FgdPolicy find(String name) {
    return Arrays.stream(values()).filter(p -> p.paperName.equals(name)).findFirst().orElse(null);
  }

  /** The paper's names, in its order. */
  public static List<String> paperNames() {
    return Arrays.stream(values()).map(FgdPolicy::paperName).toList();
  }
}
