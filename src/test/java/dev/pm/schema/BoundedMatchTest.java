package dev.pm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Schema patterns are matched within a budget of character reads, counted, not timed: the same
 * input stops at the same step on any machine.
 */
class BoundedMatchTest {

  private static final Pattern BACKTRACKS = Pattern.compile("^(.*?,){15}P");
  private static final Pattern ID =
      Pattern.compile("^[A-Z][A-Z0-9]*-\\d{4}-\\d{2}-\\d{2}-\\d{2,}$");

  @Test
  void aBacktrackingPatternStopsAtItsBudget() {
    String value = "a,".repeat(40);
    assertThatThrownBy(() -> BoundedMatch.matches(BACKTRACKS, value, 10_000))
        .isInstanceOf(BoundedMatch.TooSlow.class)
        .hasMessageContaining("backtracks too much")
        .hasMessageContaining("10,000 steps");
    // The default budget stops it too (unbounded, this value takes hours).
    assertThatThrownBy(() -> BoundedMatch.matches(BACKTRACKS, value))
        .isInstanceOf(BoundedMatch.TooSlow.class);
  }

  @Test
  void ordinaryPatternsReadFarLessThanTheBudget() {
    assertThat(BoundedMatch.matches(ID, "INC-2026-03-14-01")).isTrue();
    assertThat(BoundedMatch.matches(ID, "INC-123")).isFalse();
    assertThat(BoundedMatch.reads(ID, "INC-2026-03-14-" + "1".repeat(80))).isLessThan(1_000);
    String longValue = "x".repeat(64 * 1024);
    assertThat(BoundedMatch.reads(Pattern.compile("[a-z]+"), longValue))
        .isLessThan(BoundedMatch.READS_PER_CHAR * longValue.length());
    // The backtracking pattern on a value that matches, or fails early, is cheap too.
    assertThat(BoundedMatch.reads(BACKTRACKS, "a,".repeat(15) + "P")).isLessThan(10_000);
  }

  @Test
  void theCountIsTheSameEveryTime() {
    String value = "a,".repeat(12);
    long first = BoundedMatch.reads(BACKTRACKS, value);
    assertThat(first).isGreaterThan(0).isEqualTo(BoundedMatch.reads(BACKTRACKS, value));
  }
}
