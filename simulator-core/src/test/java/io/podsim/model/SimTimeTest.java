package io.podsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimTimeTest {
  @ParameterizedTest(name = "{0} is {1} microseconds")
  @CsvSource({
    "90s, 90000000", "5m, 300000000", "2h, 7200000000", "1d, 86400000000", "250ms, 250000", "7us, 7",
    "1.5, 1500000", "0, 0", "0.000001, 1"
  })
  void parsesDurations(String text, long micros) {
    assertThat(SimTime.parse(text)).isEqualTo(micros);
  }

  @ParameterizedTest(name = "''{0}'' is not a duration")
  @ValueSource(strings = {"-5s", "5 minutes", "h", "", "1w"})
  void rejectsMalformedDurations(String text) {
    assertThatThrownBy(() -> SimTime.parse(text)).isInstanceOf(InputError.class).hasMessageContaining("such as 90s");
  }
}
