package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Statistics across seeds. A profile's runs on several seeds fold into one summary of the same
 * shape whose numbers are means (so every parser of summary.json keeps working), plus, per headline
 * metric, the mean, standard deviation and 95 % confidence interval (Student's t); pairs of
 * profiles get paired differences per seed with their interval and whether it excludes zero.
 */
public final class SeedStatistics {
  private static final double CONFIDENCE = 0.95;

  private SeedStatistics() {}

  /** The mean summary of one profile's per-seed summaries (in seed order), with a statistics block. */
  public static ObjectNode aggregate(List<JsonNode> perSeed) {
    ObjectNode mean = (ObjectNode) meanTree(perSeed);
    mean.remove(SummaryFields.SEED);
    ArrayNode seeds = mean.putArray(SummaryFields.SEEDS);
    perSeed.forEach(s -> seeds.add(s.path(SummaryFields.SEED).asLong()));
    ObjectNode statistics = mean.putObject(SummaryFields.STATISTICS);
    for (Metric metric : Metrics.withIntervals(perSeed.get(0))) {
      double[] values = perSeed.stream().mapToDouble(metric::value).toArray();
      statistics.set(metric.path(), interval(values));
    }
    return mean;
  }

  /** For each pair of profiles and headline metric: the mean per-seed difference (second − first). */
  public static ArrayNode paired(Map<String, List<JsonNode>> perSeedByProfile) {
    ArrayNode pairs = SummaryJson.JSON.createArrayNode();
    List<String> profiles = new ArrayList<>(perSeedByProfile.keySet());
    for (int a = 0; a < profiles.size(); a++) {
      for (int b = a + 1; b < profiles.size(); b++) {
        List<JsonNode> first = perSeedByProfile.get(profiles.get(a));
        List<JsonNode> second = perSeedByProfile.get(profiles.get(b));
        ObjectNode pair = pairs.addObject();
        pair.put(SummaryFields.FIRST, profiles.get(a));
        pair.put(SummaryFields.SECOND, profiles.get(b));
        ObjectNode metrics = pair.putObject(SummaryFields.DIFFERENCES);
        for (Metric metric : Metrics.withIntervals(first.get(0))) {
          double[] differences = new double[first.size()];
          for (int i = 0; i < differences.length; i++) {
            differences[i] = metric.value(second.get(i)) - metric.value(first.get(i));
          }
          ObjectNode entry = interval(differences);
          entry.put(SummaryFields.EXCLUDES_ZERO, entry.get(SummaryFields.CI95_LOW).asDouble() > 0
              || entry.get(SummaryFields.CI95_HIGH).asDouble() < 0);
          metrics.set(metric.path(), entry);
        }
      }
    }
    return pairs;
  }

  /** Half the width of the 95 % confidence interval of a mean of {@code n} values (Student's t); 0 below two. */
  public static double halfWidth(long n, double standardDeviation) {
    return n < 2 ? 0 : new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
        * standardDeviation / Math.sqrt(n);
  }

  /**
   * Half the width of a metric's 95 % interval in a mean summary, as its statistics block gives it;
   * NaN for a single run or a metric without an interval.
   */
  public static double halfWidth(JsonNode summary, Metric metric) {
    JsonNode stats = summary.path(SummaryFields.STATISTICS).path(metric.path());
    if (stats.path(SummaryFields.N).asLong() < 2) {
      return Double.NaN;
    }
    return (stats.path(SummaryFields.CI95_HIGH).asDouble() - stats.path(SummaryFields.CI95_LOW).asDouble()) / 2;
  }

  /** Mean, standard deviation and the 95 % confidence interval of the mean. */
  static ObjectNode interval(double[] values) {
    SummaryStatistics stats = new SummaryStatistics();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        stats.addValue(v);
      }
    }
    ObjectNode node = SummaryJson.JSON.createObjectNode();
    long n = stats.getN();
    double mean = n == 0 ? 0 : stats.getMean();
    double sd = n < 2 ? 0 : stats.getStandardDeviation();
    double half = halfWidth(n, sd);
    node.put(SummaryFields.N, n);
    node.put(SummaryFields.MEAN, mean);
    node.put(SummaryFields.STDDEV, sd);
    node.put(SummaryFields.CI95_LOW, mean - half);
    node.put(SummaryFields.CI95_HIGH, mean + half);
    return node;
  }

  /**
   * The trees merged, every number replaced by its mean over all of them; a number missing from a
   * tree (a reason no pod hit in that seed) counts as zero.
   */
  private static JsonNode meanTree(List<JsonNode> trees) {
    JsonNode sample = trees.stream().filter(t -> !t.isMissingNode()).findFirst().orElseThrow();
    if (sample.isNumber()) {
      return SummaryJson.JSON.getNodeFactory().numberNode(
          trees.stream().mapToDouble(JsonNode::asDouble).average().orElse(0));
    }
    if (!sample.isObject()) {
      return sample.deepCopy();
    }
    ObjectNode result = SummaryJson.JSON.createObjectNode();
    Set<String> names = new LinkedHashSet<>();
    trees.forEach(t -> t.fieldNames().forEachRemaining(names::add));
    for (String name : names) {
      result.set(name, meanTree(trees.stream().map(t -> t.path(name)).toList()));
    }
    return result;
  }
}
