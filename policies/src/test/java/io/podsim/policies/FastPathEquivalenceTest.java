package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.cluster.Pod;
import io.podsim.engine.Simulation;
import io.podsim.engine.SimulationListener;
import io.podsim.engine.SimulationOptions;
import io.podsim.model.LabelSelector;
import io.podsim.model.NodeSpec;
import io.podsim.model.Placement;
import io.podsim.model.PodAffinity;
import io.podsim.model.PodAffinityTerm;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.Resources;
import io.podsim.model.TopologySpreadConstraint;
import io.podsim.policies.interpodaffinity.InterPodAffinity;
import io.podsim.policies.podtopologyspread.PodTopologySpread;
import io.podsim.scheduler.ExtensionPoint;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path (counts kept up to date as pods come and go, in InterPodAffinity and
 * PodTopologySpread) places every pod where the plain path (recounting over the bound pods each
 * cycle) does, on random clusters and workloads with required and preferred affinity and
 * anti-affinity, hard and soft topology spread, namespaces, zones and pods that end.
 */
class FastPathEquivalenceTest {
  private static final ResourceSchema SCHEMA = ResourceSchema.standard();
  private static final List<String> APPS = List.of("web", "db", "cache");
  private static final List<String> KEYS = List.of("kubernetes.io/hostname", NodeSpec.ZONE_LABEL);

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fastAndPlainPathsBindTheSamePodsToTheSameNodes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NodeSpec> nodes = nodes(random);
    List<PodSpec> pods = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      pods.add(pod(random, i, placement(random)));
    }
    assertThat(placements(pods, nodes, p -> p)).isEqualTo(placements(pods, nodes, FastPathEquivalenceTest::plain));
  }

  /**
   * Pods in runs of one shape, as replicas come, so that kept node answers are reused: the shapes
   * mix required and preferred anti-affinity by hostname (node-local answers, scores normalized by
   * their extremes), anti-affinity, affinity and hard or soft spread by zone (answers uniform within
   * a zone that change with it; soft spread weighs the zones with feasible nodes) and pods that carry
   * no terms at all.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reusedAnswersFollowAffinityAndSpreadByHostAndByZone(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NodeSpec> nodes = nodes(random);
    List<PodSpec> pods = new ArrayList<>();
    while (pods.size() < 200) {
      PodSpec template = pod(random, 0, Placement.NONE);
      // replicas usually keep away from each other, sometimes from another app
      String avoided = random.nextBoolean() ? template.labels().get("app") : APPS.get(random.nextInt(APPS.size()));
      LabelSelector selector = new LabelSelector(Map.of("app", avoided), List.of());
      PodAffinityTerm term = new PodAffinityTerm(selector, null, false, KEYS.get(random.nextInt(KEYS.size())));
      PodAffinity anti = switch (random.nextInt(4)) {
        case 0 -> PodAffinity.NONE;
        case 1 -> new PodAffinity(List.of(), List.of(new PodAffinity.Weighted(1 + random.nextInt(100), term)));
        default -> new PodAffinity(List.of(term), List.of());
      };
      PodAffinity affinity = random.nextInt(4) == 0 ? new PodAffinity(List.of(term), List.of()) : PodAffinity.NONE;
      List<TopologySpreadConstraint> spread = random.nextInt(4) != 0 ? List.of()
          : List.of(new TopologySpreadConstraint(1 + random.nextInt(2), NodeSpec.ZONE_LABEL, random.nextBoolean(),
              selector, 1, true, false, List.of()));
      Placement placement = new Placement(null, null, null, affinity, affinity.isEmpty() ? anti : PodAffinity.NONE,
          spread, null);
      for (int run = 1 + random.nextInt(15); run > 0; run--) {
        int index = pods.size();
        pods.add(new PodSpec("p" + index, template.namespace(), template.requests(), template.labels(), 0,
            index * 1_000_000L, random.nextInt(3) == 0 ? PodSpec.NO_DURATION : (5 + random.nextInt(60)) * 1_000_000L,
            List.of(), placement));
      }
    }
    assertThat(placements(pods, nodes, p -> p)).isEqualTo(placements(pods, nodes, FastPathEquivalenceTest::plain));
  }

  private static List<NodeSpec> nodes(SplittableRandom random) {
    List<NodeSpec> nodes = new ArrayList<>();
    int nodeCount = 6 + random.nextInt(20);
    for (int i = 0; i < nodeCount; i++) {
      nodes.add(new NodeSpec("n" + i, Resources.of(8000, 32L << 30, 0, 110), Map.of("kubernetes.io/hostname", "n" + i,
          NodeSpec.ZONE_LABEL, "z" + random.nextInt(3)), List.of(), false));
    }
    return nodes;
  }

  private static PodSpec pod(SplittableRandom random, int index, Placement placement) {
    String namespace = random.nextInt(4) == 0 ? "other" : "default";
    return new PodSpec("p" + index, namespace, Resources.of(250 + 250L * random.nextInt(4), 1L << 30, 0, 0),
        Map.of("app", APPS.get(random.nextInt(APPS.size()))), 0, index * 1_000_000L,
        random.nextInt(3) == 0 ? PodSpec.NO_DURATION : (5 + random.nextInt(60)) * 1_000_000L, List.of(), placement);
  }

  private static Placement placement(SplittableRandom random) {
    List<TopologySpreadConstraint> spread = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      LabelSelector selector = new LabelSelector(Map.of("app", APPS.get(random.nextInt(APPS.size()))), List.of());
      spread.add(new TopologySpreadConstraint(1 + random.nextInt(2), KEYS.get(random.nextInt(KEYS.size())),
          random.nextBoolean(), selector, 1, true, false, List.of()));
    }
    return new Placement(null, null, null, affinity(random), affinity(random), spread, null);
  }

  private static PodAffinity affinity(SplittableRandom random) {
    List<PodAffinityTerm> required = new ArrayList<>();
    List<PodAffinity.Weighted> preferred = new ArrayList<>();
    for (int t = random.nextInt(4); t > 1; t--) {
      required.add(term(random));
    }
    if (random.nextInt(3) == 0) {
      preferred.add(new PodAffinity.Weighted(1 + random.nextInt(100), term(random)));
    }
    return new PodAffinity(required, preferred);
  }

  private static PodAffinityTerm term(SplittableRandom random) {
    LabelSelector selector = new LabelSelector(Map.of("app", APPS.get(random.nextInt(APPS.size()))), List.of());
    return new PodAffinityTerm(selector, null, random.nextInt(5) == 0, KEYS.get(random.nextInt(KEYS.size())));
  }

  /** kube-default with the plain-path InterPodAffinity and PodTopologySpread in place of the fast ones, no answer reused. */
  private static Profile plain(Profile profile) {
    Function<Plugin, Plugin> swap = p -> p instanceof InterPodAffinity
        ? InterPodAffinity.scanning(InterPodAffinity.DEFAULT_HARD_POD_AFFINITY_WEIGHT)
        : p instanceof PodTopologySpread spread ? spread.scanning() : p;
    Map<Plugin, Plugin> swapped = new IdentityHashMap<>();
    Function<Plugin, Plugin> once = p -> swapped.computeIfAbsent(p, swap);
    Profile.Builder builder = Profile.builder(profile.name()).percentageOfNodesToScore(100);
    builder.plugin(profile.queueSort());
    profile.preFilters().forEach(p -> builder.at(ExtensionPoint.PRE_FILTER, once.apply(p), 0));
    profile.filters().forEach(p -> builder.at(ExtensionPoint.FILTER, once.apply(p), 0));
    profile.postFilters().forEach(p -> builder.at(ExtensionPoint.POST_FILTER, p, 0));
    profile.preScores().forEach(p -> builder.at(ExtensionPoint.PRE_SCORE, once.apply(p), 0));
    profile.scores().forEach(s -> builder.at(ExtensionPoint.SCORE, once.apply(s.plugin()), s.weight()));
    return builder.build().withoutNodeAnswerReuse();
  }

  private static List<String> placements(List<PodSpec> pods, List<NodeSpec> nodes, Function<Profile, Profile> variant) {
    List<String> binds = new ArrayList<>();
    SimulationListener recorder = new SimulationListener() {
      @Override
      public void onPodBound(long now, Pod pod) {
        binds.add(pod.spec().name() + "@" + pod.node() + "@" + now);
      }
    };
    Profile profile = variant.apply(BuiltInProfiles.create("kube-default", SCHEMA).withPercentageOfNodesToScore(100));
    PodStream stream = new PodStream() {
      private int next;

      @Override
      public PodSpec next() {
        return next < pods.size() ? pods.get(next++) : null;
      }
    };
    new Simulation(profile, SCHEMA, nodes, stream, new SimulationOptions(7, 600_000_000L, 0), List.of(recorder)).run();
    assertThat(binds).isNotEmpty();
    return binds;
  }
}
