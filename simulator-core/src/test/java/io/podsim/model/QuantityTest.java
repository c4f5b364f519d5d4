package io.podsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  @ParameterizedTest(name = "cpu {0} is {1} millicores")
  @CsvSource({
    "500m, 500", "2, 2000", "0.1, 100", "1.5, 1500", ".5, 500", "1e3, 1000000", "0.0001, 1", "250m, 250", "+3, 3000"
  })
  void parsesCpuInMillicoresRoundingUp(String text, long millicores) {
    assertThat(ResourceSchema.parseAmount("cpu", text)).isEqualTo(millicores);
  }

  @ParameterizedTest(name = "memory {0} is {1} bytes")
  @CsvSource({
    "64Gi, 68719476736", "1.5T, 1500000000000", "100M, 100000000", "1Ki, 1024", "512Mi, 536870912",
    "1k, 1000", "0.5, 1", "1E, 1000000000000000000", "2e3, 2000", "1.5Gi, 1610612736"
  })
  void parsesMemoryInBytes(String text, long bytes) {
    assertThat(ResourceSchema.parseAmount("memory", text)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "''{0}'' is not a quantity")
  @ValueSource(strings = {"abc", "", "1.5x", "5 Gi", "Gi", "1..2", "0x10", "1Gi5"})
  void rejectsMalformedQuantities(String text) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOf(InputError.class)
        .hasMessageContaining("invalid quantity '" + text.trim() + "'")
        .hasMessageContaining("such as 500m");
  }

  @ParameterizedTest(name = "''{0}'' is rejected as negative")
  @ValueSource(strings = {"-1", "-500m", "-2Gi"})
  void rejectsNegativeQuantities(String text) {
    assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(InputError.class).hasMessageContaining("negative");
  }

  @ParameterizedTest(name = "extended resource amount {0} must be whole")
  @ValueSource(strings = {"1.5", "500m"})
  void extendedResourcesMustBeWhole(String text) {
    assertThatThrownBy(() -> ResourceSchema.parseAmount("nvidia.com/gpu", text))
        .isInstanceOf(InputError.class).hasMessageContaining("whole number");
  }

  @ParameterizedTest(name = "{0} is far too large")
  @ValueSource(strings = {"100E", "1e30", "1e41", "1e99999999999", "1e+0000000000000000000000000000000041"})
  void rejectsValuesBeyondLongRange(String text) {
    assertThatThrownBy(() -> Quantity.parseUnits(text)).isInstanceOf(InputError.class).hasMessageContaining("too large");
  }

  @ParameterizedTest(name = "cpu {0}, far below a nano-unit, rounds up to one millicore")
  @ValueSource(strings = {"1e-99999999999", "5e-41", "1e-40"})
  void tinyExponentsRoundUpWithoutExpanding(String text) {
    assertThat(ResourceSchema.parseAmount("cpu", text)).isEqualTo(1);
  }

  @ParameterizedTest(name = "memory {0} is {1} bytes: the exponent is judged with the digits")
  @CsvSource({"100000000000000000000000000000000000000000000000000e-50, 1", "0e99, 0", "0e99999999999, 0",
      "12345e-3, 13"})
  void exponentsAreJudgedTogetherWithTheDigitsTheyScale(String text, long bytes) {
    assertThat(ResourceSchema.parseAmount("memory", text)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{1} of {0} is written {2}")
  @CsvSource({"cpu, 16000, 16", "cpu, 500, 500m", "memory, 68719476736, 64Gi", "memory, 1536, 1536",
      "memory, 1610612736, 1536Mi", "ephemeral-storage, 0, 0", "nvidia.com/gpu, 8, 8"})
  void amountsAreWrittenInTheirShortestExactForm(String resource, long amount, String text) {
    assertThat(ResourceSchema.formatAmount(resource, amount)).isEqualTo(text);
    assertThat(ResourceSchema.parseAmount(resource, text)).isEqualTo(amount);
  }
}
