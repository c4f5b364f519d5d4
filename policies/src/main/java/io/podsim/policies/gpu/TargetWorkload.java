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
  public record Entry(GpuPodShape shape, double frequency) {}

  public TargetWorkload {
    shapes = List.copyOf(shapes);
  }

  /** Estimates the target workload from the pods of a trace. */
  public static TargetWorkload of(List<PodSpec> pods) {
    Counter counter = new Counter();
    pods.forEach(counter::add);
    return counter.estimate();
  }

  /** Counts pods by shape as a trace streams by (memory grows with distinct shapes, not pods). */
  public static final class Counter {
    private final Map<GpuPodShape, Long> counts = new LinkedHashMap<>();
    private long total;

    public void add(PodSpec pod) {
      counts.merge(GpuPodShape.of(pod), 1L, Long::sum);
      total++;
    }

    /** The target workload of the pods counted so far. */
    public TargetWorkload estimate() {
      return TargetWorkload.estimate(counts, total);
    }
  }

  private static TargetWorkload estimate(Map<GpuPodShape, Long> counts, long podCount) {
    List<Map.Entry<GpuPodShape, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Comparator.<Map.Entry<GpuPodShape, Long>>comparingLong(Map.Entry::getValue)
        .thenComparing(Map.Entry::getKey, TargetWorkload::compareShapes).reversed());
    double total = podCount;
    double covered = 0;
    List<Map.Entry<GpuPodShape, Long>> chosen = new ArrayList<>();
    for (Map.Entry<GpuPodShape, Long> entry : sorted) {
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
  static int compareShapes(GpuPodShape a, GpuPodShape b) {
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
