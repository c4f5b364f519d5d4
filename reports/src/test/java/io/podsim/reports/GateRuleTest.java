package io.podsim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GateRuleTest {
  private static JsonNode summary(double p99, double cpu, double gpu) throws Exception {
    return new ObjectMapper().readTree("{\"profile\":\"p\",\"latency\":{\"scheduling\":{\"p99\":" + p99 + "}},"
        + "\"utilization\":{\"cpu\":{\"mean\":" + cpu + "},\"nvidia.com/gpu\":{\"mean\":" + gpu + "}}}");
  }

  @ParameterizedTest(name = "{0} with baseline {1} and current {2} passes: {3}")
  @CsvSource({
    "latency.scheduling.p99:+10%, 2.0, 2.2, true",
    "latency.scheduling.p99:+10%, 2.0, 2.3, false",
    "latency.scheduling.p99:+0.5, 2.0, 2.5, true",
    "latency.scheduling.p99:+0.5, 2.0, 2.51, false",
    "utilization.cpu.mean:-0.02, 0.60, 0.58, true",
    "utilization.cpu.mean:-0.02, 0.60, 0.57, false",
    "utilization.cpu.mean:-5%, 0.60, 0.57, true",
    "utilization.nvidia.com/gpu.mean:-0.1, 0.60, 0.40, false",
    "latency.scheduling.p99:+10%, 2.0, 1.0, true",
    "latency.scheduling.p99:+10%, 0.0, 0.0, true",
    "latency.scheduling.p99:+10%, 0.0, 0.001, false",
    "latency.scheduling.p99:+0.5, 0.0, 0.4, true"
  })
  void aRuleAllowsChangeUpToItsBoundInItsDirection(String rule, double before, double after, boolean passes)
      throws Exception {
    GateRule gate = GateRule.parse(rule);
    boolean gpu = rule.contains("gpu");
    boolean cpu = rule.contains("cpu");
    Optional<String> verdict = gate.check("p", summary(cpu || gpu ? 1 : before, cpu ? before : 0.5, gpu ? before : 0.5),
        summary(cpu || gpu ? 1 : after, cpu ? after : 0.5, gpu ? after : 0.5));
    assertThat(verdict.isEmpty()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "''{0}'' is not a rule")
  @ValueSource(strings = {"latency.scheduling.p99", "latency:10%", "latency:+ten%", ":+1"})
  void malformedRulesAreUserErrors(String rule) {
    assertThatThrownBy(() -> GateRule.parse(rule)).isInstanceOf(InputError.class)
        .hasMessageContaining("expected METRIC:+N%");
  }

  @Test
  void theReasonNamesProfileMetricValuesAndAllowance() throws Exception {
    String reason = GateRule.parse("latency.scheduling.p99:+10%").check("spread", summary(2, 0.5, 0.5),
        summary(3, 0.5, 0.5)).orElseThrow();
    assertThat(reason).isEqualTo("spread: latency.scheduling.p99 rose from 2 to 3 (+50.0%), more than the allowed +10%");
    assertThatThrownBy(() -> GateRule.parse("gpu.unallocatedPct.end:+1").check("p", summary(2, 0.5, 0.5),
        summary(3, 0.5, 0.5))).isInstanceOf(InputError.class)
        .hasMessage("--fail-on gpu.unallocatedPct.end: p (baseline) has no number at that path");
  }

  @ParameterizedTest(name = "''{0}'' names a declared metric")
  @ValueSource(strings = {"pods.failed:+0", "latency.allPods.max:+5%", "utilization.nvidia.com/gpu.mean:-0.1",
      "utilization.nodes.peak:+1", "gpu.fragmentRatePct.end:+1", "latency.startedWithin.5s:-0.01",
      "unschedulableReasons.Insufficient cpu.:+0", "plugins.NodeResourcesFit.filterRejections:+10%",
      "podsPerSecond:-5%", "simulation.events:+1"})
  void rulesOnEveryDeclaredMetricAndFamilyMemberParse(String rule) {
    assertThat(GateRule.parse(rule).text()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "''{0}'' is refused with the valid names")
  @ValueSource(strings = {"latency.queue.p99:+1", "latency.scheduling.p999:+1", "pods.evicted:+0", "gpu.idle.mean:+1",
      "plugins.NodeResourcesFit.rejections:+1", "utilization.cpu:+1"})
  void aRuleOnAnUndeclaredMetricIsRefusedAtOnceListingTheValidNames(String rule) {
    String path = rule.substring(0, rule.lastIndexOf(':'));
    assertThatThrownBy(() -> GateRule.parse(rule)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("--fail-on '" + rule + "': no metric '" + path + "'; metrics: pods.total, ")
        .hasMessageContaining("latency.scheduling.p99, ")
        .hasMessageContaining("utilization.<resource>.mean, ")
        .hasMessageEndingWith("plugins.<plugin>.<filterRejections|postFilterSuccesses|scoredCycles|meanScoreOfChosen"
            + "|winnerChanges>");
  }
}
