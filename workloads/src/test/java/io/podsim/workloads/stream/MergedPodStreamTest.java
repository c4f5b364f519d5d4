package io.podsim.workloads.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.PodSpec;
import io.podsim.model.Resources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedPodStreamTest {
  @Test
  void mergesByArrivalAndTakesTheEarlierSourceFirstOnTies() {
    MergedPodStream merged = new MergedPodStream(List.of(
        new ListPodStream(List.of(pod("a1", 1), pod("a5", 5), pod("a7", 7))),
        new ListPodStream(List.of()),
        new ListPodStream(List.of(pod("b0", 0), pod("b5", 5), pod("b9", 9)))));
    List<String> names = new ArrayList<>();
    for (PodSpec pod = merged.next(); pod != null; pod = merged.next()) {
      names.add(pod.name());
    }
    assertThat(names).containsExactly("b0", "a1", "a5", "b5", "a7", "b9");
  }

  @Test
  void aListStreamSortsStablyByArrival() {
    ListPodStream stream = new ListPodStream(List.of(pod("late", 9), pod("first", 1), pod("second", 1)));
    assertThat(List.of(stream.next().name(), stream.next().name(), stream.next().name()))
        .containsExactly("first", "second", "late");
    assertThat(stream.next()).isNull();
  }

  private static PodSpec pod(String name, long arrival) {
    return PodSpec.of(name, Resources.of(1, 0, 0, 0), arrival, PodSpec.NO_DURATION);
  }
}
