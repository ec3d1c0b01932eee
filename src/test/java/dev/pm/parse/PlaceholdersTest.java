package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.RandomText;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "YYYY-MM-DD",
        "at HH:MM",
        "X hours",
        "(N users)",
        "X%",
        "$X",
        "[e.g., API]",
        "[Name]",
        "[DRAFT | FINAL]",
        "cost $X total"
      })
  void findsEveryKindOfToken(String text) {
    assertThat(Placeholders.find(text, Set.of())).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DNS failed over in 4 minutes", "MAX 5 users", "Sen Lu", "API_X hours"})
  void leavesFilledTextAlone(String text) {
    assertThat(Placeholders.find(text, Set.of())).isEmpty();
  }

  /** The cheap pre-check may say "maybe" too often, never "no" where the pattern matches. */
  @Test
  void preCheckNeverHidesAMatch() {
    RandomText.strings(20261123, "XYNHM:-D$[]|e.g, _a1%hoursminutesday\t\n", 24, 200_000)
        .filter(s -> Placeholders.TOKEN.matcher(s).find())
        .forEach(
            s -> assertThat(Placeholders.mayHoldToken(s)).as("pre-check on \"%s\"", s).isTrue());
  }
}
