package io.podsim.workloads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every YAML file is read strictly, in podsim's words, and what Kubernetes accepts is accepted. */
class StrictYamlTest {
  private static final String SCENARIO = """
      name: strict
      seed: 1
      cluster:
        nodePools:
          - {name: a, count: 2, resources: {cpu: "4", memory: 8Gi}, zones: [z1], labels: {tier: web}}
      workload:
        pods:
          - {name: p, count: 3, requests: {cpu: "1"}}
      profiles: [kube-default]
      """;

  @TempDir
  Path dir;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("a duplicate key", SCENARIO.replace("seed: 1", "seed: 1\nseed: 2"),
            "s.yaml:3:1: duplicate key 'seed'; a key may appear once in a mapping (the mapping starts at line 1)"),
        Arguments.of("a second document", SCENARIO + "---\nname: other\n",
            "s.yaml: holds 2 YAML documents; a scenario file is one document"),
        Arguments.of("a Java type tag", SCENARIO.replace("seed: 1", "seed: !!java.lang.Runtime 1"),
            "s.yaml:2:7: the YAML tag 'tag:yaml.org,2002:java.lang.Runtime' is not accepted"),
        Arguments.of("a custom tag", SCENARIO.replace("count: 2", "count: !custom 2"),
            "s.yaml:5:24: the YAML tag '!custom' is not accepted"),
        Arguments.of("a fraction where a whole number belongs", SCENARIO.replace("count: 3", "count: 2.5"),
            "s.yaml:8:24: workload.pods[0].count: expected a whole number, found '2.5'"),
        Arguments.of("a null label value", SCENARIO.replace("tier: web", "tier: null"),
            "cluster.nodePools[0].labels.tier: expected a value, found null"),
        Arguments.of("a null list item", SCENARIO.replace("zones: [z1]", "zones: [~]"),
            "cluster.nodePools[0].zones[0]: expected a value, found null"),
        Arguments.of("a tab for indentation", SCENARIO.replace("  nodePools:", "\tnodePools:"),
            "s.yaml:4:1: tab characters cannot indent YAML; indent with spaces"),
        Arguments.of("an unclosed quote", "seed: 1\nname: \"strict\nprofiles: [a]\n",
            "unclosed quote opened at line 2; close it or remove it"),
        Arguments.of("an alias to no anchor", SCENARIO.replace("requests: {cpu: \"1\"}", "requests: *none"),
            "alias '*none' refers to no anchor defined before it"),
        Arguments.of("an empty file", "", "s.yaml: the scenario file is empty"),
        Arguments.of("only comments", "# nothing yet\n", "s.yaml: the scenario file is empty"),
        Arguments.of("a list at the top", "- a\n- b\n",
            "s.yaml: expected a scenario (a mapping of keys such as cluster and workload), found a list"));
  }

  @ParameterizedTest(name = "{0} is one clear line")
  @MethodSource("mistakes")
  void mistakesAreOneClearLine(String description, String yaml, String expected) throws IOException {
    Path file = write(yaml.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected).doesNotContain("\n")
            .doesNotContain("Exception").doesNotContain("while scanning"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithoutQuotingThem() throws IOException {
    byte[] bytes = ("name: x\nsecret: " + "TOKEN").getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3;
    broken[bytes.length + 1] = (byte) 0x28;
    Path file = write(broken);
    assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputError.class)
        .hasMessageEndingWith("s.yaml: not UTF-8 text; expected a YAML file").message().doesNotContain("TOKEN");
  }

  @Test
  void anchorsAliasesAndMergeKeysAreExpanded() throws IOException {
    Scenario scenario = load(SCENARIO.replace("    - {name: a, count: 2, resources: {cpu: \"4\", memory: 8Gi}, zones: [z1],"
        + " labels: {tier: web}}", """
            - &base {name: a, count: &n 2, resources: &room {cpu: "4", memory: 8Gi}, zones: [z1]}
            - <<: *base
              name: b
              count: *n
              resources: *room
        """.stripTrailing()).getBytes(StandardCharsets.UTF_8));
    assertThat(scenario.nodes()).extracting(NodeSpec::name).containsExactly("a-0", "a-1", "b-0", "b-1");
    assertThat(scenario.nodes().get(3).allocatable().get(ResourceSchema.CPU_INDEX)).isEqualTo(4000);
  }

  @Test
  void byteOrderMarksOfUtf8AndUtf16AreHonoured() throws IOException {
    byte[] utf8 = SCENARIO.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(load(withBom).name()).isEqualTo("strict");
    assertThat(load(SCENARIO.getBytes(StandardCharsets.UTF_16)).name()).isEqualTo("strict");
  }

  @Test
  void aClosingDocumentSeparatorAddsNoDocument() throws IOException {
    assertThat(load((SCENARIO + "---\n").getBytes(StandardCharsets.UTF_8)).name()).isEqualTo("strict");
  }

  @Test
  void yamlIntegersAndBooleansReadAsKubernetesReadsThem() throws IOException {
    Scenario scenario = load(SCENARIO.replace("count: 2", "count: 0x2").replace("zones: [z1]",
        "zones: [z1], unschedulable: False").getBytes(StandardCharsets.UTF_8));
    assertThat(scenario.nodes()).hasSize(2).allSatisfy(node -> assertThat(node.unschedulable()).isFalse());
  }

  @Test
  void scalarsKeepTheTextTheyWereWrittenAs() throws IOException {
    Scenario scenario = load(SCENARIO.replace("tier: web", "version: 1.10, since: 2024-01-02")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(scenario.nodes().get(0).labels()).contains(Map.entry("version", "1.10"),
        Map.entry("since", "2024-01-02"));
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.write(file, bytes);
    return file;
  }

  private Scenario load(byte[] bytes) throws IOException {
    return ScenarioLoader.load(write(bytes));
  }
}
