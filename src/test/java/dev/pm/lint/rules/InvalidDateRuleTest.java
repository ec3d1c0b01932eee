package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM105 as short cases; bad-date.md stays as the whole-document fixture. */
class InvalidDateRuleTest {

  private static final RuleTester PM105 = RuleTester.of(new InvalidDateRule()).schema("standard");

  @Test
  void aDayThatDoesNotExistIsNotARealDate() {
    PM105.check(
        """
        ---
        date: 2026-02-30
        !!    ^ PM105 Front matter "date" is "2026-02-30"; not a real date
        ---
        # Outage
        """);
  }

  @Test
  void textThatIsNoDateIsReported() {
    PM105.check(
        """
        ---
        date: last Tuesday
        !! @7 PM105
        ---
        # Outage
        """);
  }

  @Test
  void aRealDayAndALeapDayAreQuiet() {
    PM105.check(
        """
        ---
        date: 2024-02-29
        ---
        # Outage
        """);
  }
}
