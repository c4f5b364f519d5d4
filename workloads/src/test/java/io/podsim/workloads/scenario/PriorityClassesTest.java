package io.podsim.workloads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podsim.model.InputError;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityClassesTest {
  private final PriorityClasses classes = PriorityClasses.of(List.of(
      new ScenarioFile.PriorityClassEntry("batch", -10, "Never", null, null),
      new ScenarioFile.PriorityClassEntry("normal", 100, null, true, "the default")), "priorityClasses");

  @Test
  void aPodTakesItsClassValueAndPreemptionPolicy() {
    assertThat(classes.resolve(null, "batch", null, "p")).isEqualTo(new PriorityClasses.Resolved(-10, false));
    assertThat(classes.resolve(null, "system-node-critical", null, "p"))
        .isEqualTo(new PriorityClasses.Resolved(2_000_001_000, true));
  }

  @Test
  void aPodWithoutClassOrPriorityGetsTheGlobalDefault() {
    assertThat(classes.resolve(null, null, null, "p")).isEqualTo(new PriorityClasses.Resolved(100, true));
    assertThat(classes.resolve(7, null, "Never", "p")).isEqualTo(new PriorityClasses.Resolved(7, false));
  }

  @Test
  void mistakesNameTheField() {
    assertThatThrownBy(() -> classes.resolve(null, "gold", null, "workload.pods[0]")).isInstanceOf(InputError.class)
        .hasMessageStartingWith("workload.pods[0].priorityClassName: unknown priority class 'gold'; known: ");
    assertThatThrownBy(() -> classes.resolve(5, "batch", null, "p")).isInstanceOf(InputError.class)
        .hasMessage("p: give either priority or priorityClassName, not both");
    assertThatThrownBy(() -> PriorityClasses.of(List.of(
        new ScenarioFile.PriorityClassEntry("a", 1, null, true, null),
        new ScenarioFile.PriorityClassEntry("b", 2, null, true, null)), "priorityClasses"))
        .isInstanceOf(InputError.class).hasMessage("priorityClasses[1].globalDefault: only one class may be the global default");
  }
}
