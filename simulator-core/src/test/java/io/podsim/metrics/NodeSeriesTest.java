package io.podsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSeriesTest {
  @Test
  void aLongRunKeepsEveryOtherSampleOnceTheSeriesIsFullAndStaysBounded() {
    List<String> nodes = Collections.nCopies(1000, "n");
    NodeSeries series = new NodeSeries(nodes);
    for (int t = 0; t < 5000; t++) {
      series.add(t, new double[1000]);
    }
    assertThat((long) series.rows().size() * nodes.size()).isLessThanOrEqualTo(NodeSeries.MAX_VALUES);
    assertThat(series.times()).hasSameSizeAs(series.rows());
    double step = series.times().get(1) - series.times().get(0);
    assertThat(step).isEqualTo(8.0);
    for (int i = 1; i < series.times().size(); i++) {
      assertThat(series.times().get(i) - series.times().get(i - 1)).isEqualTo(step);
    }
  }
}
