package io.podsim.workloads.stream;

import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges arrival-ordered streams into one; equal arrivals come from the earlier-listed source
 * first, so the merge is deterministic.
 */
public final class MergedPodStream implements PodStream {
  private final PodStream[] sources;
  private final PodSpec[] heads;

  public MergedPodStream(List<PodStream> sources) {
    this.sources = sources.toArray(PodStream[]::new);
    this.heads = new PodSpec[this.sources.length];
    for (int i = 0; i < heads.length; i++) {
      heads[i] = this.sources[i].next();
    }
  }

  @Override
  public PodSpec next() {
    int best = -1;
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] != null && (best < 0 || heads[i].arrival() < heads[best].arrival())) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    PodSpec pod = heads[best];
    heads[best] = sources[best].next();
    return pod;
  }

  @Override
  public Map<String, Long> skippedRows() {
    Map<String, Long> skipped = new TreeMap<>();
    for (PodStream source : sources) {
      source.skippedRows().forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
    }
    return skipped;
  }

  @Override
  public void close() {
    for (PodStream source : sources) {
      source.close();
    }
  }
}
