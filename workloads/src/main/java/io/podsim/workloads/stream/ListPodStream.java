package io.podsim.workloads.stream;

import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import java.util.Comparator;
import java.util.List;

/** A small in-memory workload, sorted by arrival (stable, so equal arrivals keep their order). */
public final class ListPodStream implements PodStream {
  private final List<PodSpec> pods;
  private int next;

  public ListPodStream(List<PodSpec> pods) {
    this.pods = pods.stream().sorted(Comparator.comparingLong(PodSpec::arrival)).toList();
  }

  @Override
  public PodSpec next() {
    return next < pods.size() ? pods.get(next++) : null;
  }
}
