package io.podsim.policies.gpu;

import io.podsim.model.PodSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload fragmentation is measured against, as FGD estimates it: the most frequent pod shapes
 * (CPU, GPU thousandths, GPU count, models; CPU-only pods included) that together cover at least
 * 95 % of the pods, taken one shape at a time from the most frequent (ties: the larger shape first),
 * with their frequencies renormalized to sum to 1.
 */
public record TargetWorkload(List<Entry> shapes) {
  /** The share of pods the chosen shapes must cover. */
  public static final double COVERAGE = 0.95;

  /** One shape and its renormalized frequency. */
  public record Entry(PodShape shape, double frequency) {}

  public TargetWorkload {
    shapes = List.copyOf(shapes);
  }

  /** Estimates the target workload from the pods of a trace. */
  public static TargetWorkload of(List<PodSpec> pods) {
    Map<PodShape, Integer> counts = new LinkedHashMap<>();
    for (PodSpec pod : pods) {
      counts.merge(PodShape.of(pod), 1, Integer::sum);
    }
    List<Map.Entry<PodShape, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Comparator.<Map.Entry<PodShape, Integer>>comparingInt(Map.Entry::getValue)
        .thenComparing(Map.Entry::getKey, TargetWorkload::compareShapes).reversed());
    double total = pods.size();
    double covered = 0;
    List<Map.Entry<PodShape, Integer>> chosen = new ArrayList<>();
    for (Map.Entry<PodShape, Integer> entry : sorted) {
      if (covered >= COVERAGE * total) {
        break;
      }
      chosen.add(entry);
      covered += entry.getValue();
    }
    double chosenTotal = covered;
    return new TargetWorkload(chosen.stream().map(e -> new Entry(e.getKey(), e.getValue() / chosenTotal)).toList());
  }

  /** Orders shapes by CPU, then GPU thousandths, GPU count and models. */
  static int compareShapes(PodShape a, PodShape b) {
    int byCpu = Long.compare(a.cpuMilli(), b.cpuMilli());
    if (byCpu != 0) {
      return byCpu;
    }
    int byMilli = Integer.compare(a.gpuMilli(), b.gpuMilli());
    if (byMilli != 0) {
      return byMilli;
    }
    int byCount = Integer.compare(a.gpuCount(), b.gpuCount());
    return byCount != 0 ? byCount : String.join("|", a.models()).compareTo(String.join("|", b.models()));
  }
}
