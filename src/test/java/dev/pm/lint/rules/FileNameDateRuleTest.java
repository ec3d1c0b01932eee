package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM108 as short cases; the two dated fixtures stay as whole documents. */
class FileNameDateRuleTest {

  private static final String DATED =
      """
      ---
      date: 2026-03-14
      ---
      # Outage
      """;

  @Test
  void aFileNamedForAnotherDayIsReportedOnTheDate() {
    RuleTester.of(new FileNameDateRule())
        .fileName("2026-03-15-checkout.md")
        .check(
            """
        ---
        date: 2026-03-14
        !!    ^ PM108 Front matter date "2026-03-14" differs from the date in the file name "2026-03-15"
        ---
        # Outage
        """);
  }

  @Test
  void theSameDayIsQuiet() {
    RuleTester.of(new FileNameDateRule()).fileName("2026-03-14-checkout.md").check(DATED);
  }

  @Test
  void aNameWithoutADateOrWithANonDayIsNotCompared() {
    RuleTester.of(new FileNameDateRule()).fileName("checkout.md").check(DATED);
    RuleTester.of(new FileNameDateRule()).fileName("2026-13-40-checkout.md").check(DATED);
  }
}
