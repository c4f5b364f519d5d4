package io.podsim.workloads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import io.podsim.policies.SchedulerConfigLoader;
import io.podsim.policies.noderesources.NodeResourcesFit;
import io.podsim.scheduler.Plugin;
import io.podsim.scheduler.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulerConfigLoaderTest {
  /** A configuration as an operator would have it, with fields podsim ignores. */
  static final String OPERATOR_CONFIG = """
      apiVersion: kubescheduler.config.k8s.io/v1
      kind: KubeSchedulerConfiguration
      clientConnection:
        kubeconfig: /etc/kubernetes/scheduler.conf
        qps: 100
      leaderElection:
        leaderElect: true
      parallelism: 16
      percentageOfNodesToScore: 40
      profiles:
        - schedulerName: default-scheduler
        - schedulerName: bin-packing
          percentageOfNodesToScore: 100
          plugins:
            score:
              disabled:
                - name: NodeResourcesBalancedAllocation
                - name: PodTopologySpread
              enabled:
                - name: NodeResourcesFit
                  weight: 5
          pluginConfig:
            - name: NodeResourcesFit
              args:
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: NodeResourcesFitArgs
                scoringStrategy:
                  type: RequestedToCapacityRatio
                  resources:
                    - {name: cpu, weight: 2}
                    - {name: memory, weight: 1}
                    - {name: nvidia.com/gpu, weight: 3}
                  requestedToCapacityRatio:
                    shape:
                      - {utilization: 0, score: 0}
                      - {utilization: 100, score: 10}
        - schedulerName: minimal
          plugins:
            multiPoint:
              disabled: [{name: "*"}]
              enabled:
                - {name: PrioritySort}
                - {name: NodeResourcesFit, weight: 2}
                - {name: VolumeBinding}
            bind:
              enabled: [{name: DefaultBinder}]
      """;

  @TempDir
  Path dir;

  @Test
  void anOperatorsConfigurationLoadsAsItIs() throws IOException {
    ProfileCatalog catalog = catalog(OPERATOR_CONFIG);
    assertThat(catalog.names()).containsSubsequence("kube-default", "default-scheduler", "bin-packing", "minimal");

    Profile defaults = catalog.create("default-scheduler", ResourceSchema.standard());
    assertThat(defaults.percentageOfNodesToScore()).isEqualTo(40);
    assertThat(defaults.scores()).extracting(s -> s.plugin().name() + "×" + s.weight()).containsExactly(
        "TaintToleration×3", "NodeAffinity×2", "NodeResourcesFit×1", "PodTopologySpread×2", "InterPodAffinity×2",
        "NodeResourcesBalancedAllocation×1", "ImageLocality×1");
  }

  @Test
  void scorePluginsCanBeReweightedDisabledAndReconfigured() throws IOException {
    Profile packing = catalog(OPERATOR_CONFIG).create("bin-packing", ResourceSchema.standard());
    assertThat(packing.percentageOfNodesToScore()).isEqualTo(100);
    assertThat(packing.scores()).extracting(s -> s.plugin().name() + "×" + s.weight())
        .containsExactly("NodeResourcesFit×5", "TaintToleration×3", "NodeAffinity×2", "InterPodAffinity×2",
            "ImageLocality×1");
    assertThat(packing.filters()).extracting(Plugin::name).contains("PodTopologySpread");
    NodeResourcesFit fit = (NodeResourcesFit) packing.filters().stream()
        .filter(p -> p.name().equals("NodeResourcesFit")).findFirst().orElseThrow();
    assertThat(fit.strategy().typeName()).isEqualTo("RequestedToCapacityRatio");
  }

  @Test
  void disablingEveryDefaultLeavesOnlyWhatTheProfileEnables() throws IOException {
    Profile minimal = catalog(OPERATOR_CONFIG).create("minimal", ResourceSchema.standard());
    assertThat(minimal.filters()).extracting(Plugin::name).containsExactly("NodeResourcesFit");
    assertThat(minimal.scores()).extracting(s -> s.plugin().name() + "×" + s.weight()).containsExactly("NodeResourcesFit×2");
    assertThat(minimal.postFilters()).isEmpty();
  }

  @Test
  void aProfileChoosesItsTieBreakAndKubeSchedulersRandomDrawIsTheDefault() throws IOException {
    ProfileCatalog catalog = catalog(OPERATOR_CONFIG.replace("schedulerName: bin-packing",
        "schedulerName: bin-packing\n    tieBreak: ShuffledNodeOrder").replace("schedulerName: minimal",
        "schedulerName: minimal\n    tieBreak: NodeOrder"));
    assertThat(catalog.create("default-scheduler", ResourceSchema.standard()).tieBreak())
        .isEqualTo(Profile.TieBreak.RANDOM);
    assertThat(catalog.create("bin-packing", ResourceSchema.standard()).tieBreak())
        .isEqualTo(Profile.TieBreak.SHUFFLED_NODE_ORDER);
    assertThat(catalog.create("minimal", ResourceSchema.standard()).tieBreak()).isEqualTo(Profile.TieBreak.NODE_ORDER);
  }

  @Test
  void aConfigurationWithoutProfilesRunsKubeSchedulersDefaultScheduler() throws IOException {
    ProfileCatalog catalog = catalog("apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n");
    Profile defaults = catalog.create("default-scheduler", ResourceSchema.standard());
    assertThat(defaults.scores()).extracting(s -> s.plugin().name() + "×" + s.weight()).containsExactly(
        "TaintToleration×3", "NodeAffinity×2", "NodeResourcesFit×1", "PodTopologySpread×2", "InterPodAffinity×2",
        "NodeResourcesBalancedAllocation×1", "ImageLocality×1");
  }

  @Test
  void settingsKubeSchedulerIgnoresAreAcceptedAndNamed() throws IOException {
    ProfileCatalog catalog = catalog(OPERATOR_CONFIG.replace("- {name: VolumeBinding}",
        "- {name: VolumeBinding, weight: 4}\n          - {name: NodeName, weight: 4}").replace("- name: PodTopologySpread", "- name: PodTopologySpread\n"
        + "          - name: NoSuchPlugin"));
    assertThat(catalog.notes()).anySatisfy(note -> assertThat(note)
        .endsWith("minimal.plugins.multiPoint: the weight of NodeName is ignored, as kube-scheduler ignores it:"
            + " only score plugins have weights"));
    assertThat(catalog.notes()).noneMatch(note -> note.contains("VolumeBinding"));
    assertThat(catalog.notes()).anySatisfy(note -> assertThat(note)
        .endsWith("bin-packing.plugins.score.disabled: 'NoSuchPlugin' is no plugin, so nothing is disabled"
            + " (kube-scheduler ignores it too)"));
    // the operator's fields that do not shape placement are named, not dropped in silence
    for (String field : List.of("clientConnection", "leaderElection", "parallelism")) {
      assertThat(catalog.notes()).anySatisfy(note -> assertThat(note)
          .endsWith(": " + field + ": accepted and ignored, as it does not shape placement"));
    }
  }

  @Test
  void extendersAreNamedAsNotModelled() throws IOException {
    ProfileCatalog catalog = catalog(OPERATOR_CONFIG.replace("parallelism: 16",
        "parallelism: 16\nextenders:\n  - {urlPrefix: \"http://127.0.0.1:8888\", filterVerb: filter}"));
    assertThat(catalog.notes()).anySatisfy(note -> assertThat(note)
        .endsWith(": extenders: scheduler extenders are not modelled: their filters and scores are not applied"));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("an unknown plugin", OPERATOR_CONFIG.replace("name: VolumeBinding", "name: Coscheduling"),
            "unknown plugin 'Coscheduling'"),
        Arguments.of("a misspelt scoring strategy", OPERATOR_CONFIG.replace("type: RequestedToCapacityRatio",
            "type: Requested"), "scoringStrategy.type: expected LeastAllocated, MostAllocated or RequestedToCapacityRatio"),
        Arguments.of("an unknown plugin argument", OPERATOR_CONFIG.replace("scoringStrategy:", "scoringStrategyy:"),
            "unknown key 'scoringStrategyy'"),
        Arguments.of("a shape score beyond 10", OPERATOR_CONFIG.replace("{utilization: 100, score: 10}",
            "{utilization: 100, score: 11}"), "utilization must be 0..100 and score 0..10"),
        Arguments.of("a wrong kind", OPERATOR_CONFIG.replace("kind: KubeSchedulerConfiguration", "kind: Pod"),
            "kind: expected KubeSchedulerConfiguration, found 'Pod'"),
        Arguments.of("an unsupported apiVersion", OPERATOR_CONFIG.replace("config.k8s.io/v1\nkind: Kube",
            "config.k8s.io/v1beta1\nkind: Kube"), "apiVersion: expected kubescheduler.config.k8s.io/v1"),
        Arguments.of("a typo in a plugin set", OPERATOR_CONFIG.replace("disabled: [{name: \"*\"}]",
            "disable: [{name: \"*\"}]"), "unknown key 'disable'"),
        Arguments.of("an unknown tie-break", OPERATOR_CONFIG.replace("schedulerName: minimal",
            "schedulerName: minimal\n    tieBreak: FirstFit"),
            "minimal.tieBreak: expected Random, NodeOrder or ShuffledNodeOrder, found 'FirstFit'"),
        Arguments.of("a negative score weight", OPERATOR_CONFIG.replace("weight: 5", "weight: -5"),
            "bin-packing.plugins.score: weight of NodeResourcesFit: expected 0 (counted as 1) or more, found -5"),
        Arguments.of("a profile name a pod could not name", OPERATOR_CONFIG.replace("schedulerName: minimal",
            "schedulerName: ../minimal"), "profiles[2].schedulerName: '../minimal' must be lowercase letters"),
        Arguments.of("two profiles with one name", OPERATOR_CONFIG.replace("schedulerName: minimal",
            "schedulerName: bin-packing"), "'bin-packing' is already a profile"),
        Arguments.of("a field the API does not define (strict decoding)", OPERATOR_CONFIG.replace("parallelism: 16",
            "parallelism: 16\npercentOfNodesToScore: 50"), ": percentOfNodesToScore: unknown field of a"
            + " KubeSchedulerConfiguration (kube-scheduler decodes it strictly); known: apiVersion, kind, "),
        Arguments.of("a profile field the API does not define", OPERATOR_CONFIG.replace("schedulerName: minimal",
            "schedulerName: minimal\n    plugin: {}"), ": profiles[2].plugin: unknown field of a scheduler profile;"
            + " known: schedulerName, percentageOfNodesToScore, plugins, pluginConfig, tieBreak, description"));
  }

  @ParameterizedTest(name = "{0} is a clear error")
  @MethodSource("mistakes")
  void mistakesAreClearErrors(String description, String yaml, String expected) {
    assertThatThrownBy(() -> catalog(yaml)).isInstanceOf(InputError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected).doesNotContain("\n"));
  }

  @Test
  void aScenarioNamingTheConfigurationRunsItsProfilesByDefault() throws IOException {
    Files.writeString(dir.resolve("scheduler.yaml"), OPERATOR_CONFIG);
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, """
        schedulerConfig: scheduler.yaml
        cluster:
          nodePools: [{name: a, count: 2, resources: {cpu: "4", memory: 8Gi}}]
        workload:
          pods: [{name: p, requests: {cpu: "1"}}]
        """);
    Scenario loaded = ScenarioLoader.load(scenario);
    assertThat(loaded.profiles()).containsExactly("default-scheduler", "bin-packing", "minimal");
  }

  private ProfileCatalog catalog(String yaml) throws IOException {
    Path file = dir.resolve("config.yaml");
    Files.writeString(file, yaml);
    return ProfileCatalog.builtIn().with(SchedulerConfigLoader.load(file), file.toString(),
        ResourceSchema.of(java.util.List.of("nvidia.com/gpu")));
  }
}
