package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.policies.interpodaffinity.InterPodAffinity;
import io.podsim.policies.nodeaffinity.NodeAffinity;
import io.podsim.policies.tainttoleration.TaintToleration;
import io.podsim.scheduler.CycleState;
import io.podsim.scheduler.ScoreNormalizer;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The raw score a normalizer names as unmoved normalizes alike with the old and the new extremes:
 * the score forest leaves nodes with it untouched when the extremes move.
 */
class UnmovedRawTest {
  static Stream<Arguments> normalizers() {
    return Stream.of(Arguments.of("InterPodAffinity", new InterPodAffinity(1), -40),
        Arguments.of("TaintToleration", new TaintToleration(), 0), Arguments.of("NodeAffinity", new NodeAffinity(), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizers")
  void theUnmovedRawScoreNormalizesAlikeWithEitherExtremes(String name, ScoreNormalizer normalizer, int lowest) {
    SplittableRandom random = new SplittableRandom(name.hashCode());
    int named = 0;
    for (int trial = 0; trial < 5000; trial++) {
      long[] before = extremes(random, lowest);
      long[] after = random.nextInt(3) == 0 ? new long[] {before[0], extremes(random, lowest)[1]}
          : random.nextInt(2) == 0 ? new long[] {extremes(random, lowest)[0], before[1]} : extremes(random, lowest);
      if (after[0] > after[1]) {
        continue;
      }
      long raw = normalizer.unmovedRaw(before, after);
      if (raw == ScoreNormalizer.NO_UNMOVED_RAW) {
        continue;
      }
      named++;
      assertThat(normalized(normalizer, before, raw)).as("raw %d from %s to %s", raw, before, after)
          .isEqualTo(normalized(normalizer, after, raw));
    }
    assertThat(named).as("trials where a raw score was named").isGreaterThan(1000);
  }

  private static long[] extremes(SplittableRandom random, int lowest) {
    long low = lowest + random.nextInt(20);
    return new long[] {low, low + random.nextInt(4) * random.nextInt(10)};
  }

  /** The raw score's normalized score among nodes whose raw scores span the extremes. */
  private static long normalized(ScoreNormalizer normalizer, long[] extremes, long raw) {
    long[] scores = {Math.min(extremes[0], raw), Math.max(extremes[1], raw), raw};
    normalizer.normalizeScores(new CycleState(new SplittableRandom(1)), null, new int[0], scores, scores.length);
    return scores[2];
  }
}
