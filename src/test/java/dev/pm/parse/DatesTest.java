package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.read.Durations;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @Test
  void parsesRealDates() {
    assertThat(Dates.parse(" 2026-03-14 ")).contains(LocalDate.of(2026, 3, 14));
    assertThat(Dates.find("on 2026-03-14 at noon")).contains(LocalDate.of(2026, 3, 14));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-010",
        "2026-02-30",
        "2026/03/14",
        "14-03-2026",
        "YYYY-MM-DD",
        "2026-3-5",
        ""
      })
  void refusesAnythingElse(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @Test
  void readsDurations() {
    assertThat(Durations.parse("2 hours 15 minutes")).contains(Duration.ofMinutes(135));
    assertThat(Durations.parse("2h 30m")).contains(Duration.ofMinutes(150));
    assertThat(Durations.parse("01:30:00")).contains(Duration.ofMinutes(90));
    assertThat(Durations.parse("45 min")).contains(Duration.ofMinutes(45));
    assertThat(Durations.parse("soon")).isEmpty();
  }
}
