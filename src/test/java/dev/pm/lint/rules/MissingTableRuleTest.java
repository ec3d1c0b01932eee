package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM301 as short cases; bad-timeline-bullets.md stays as the whole-document fixture. */
class MissingTableRuleTest {

  private static final RuleTester PM301 = RuleTester.of(new MissingTableRule()).schema("standard");

  @Test
  void bulletsWhereATableIsExpectedAreReportedOnTheHeading() {
    PM301.check(
        """
        # Outage

        ## Timeline
        !! @1 PM301 Section "Timeline" has no table with columns "Time (UTC)", "Event", "Actions Taken"

        - 14:02 alert fired
        - 14:20 rollback
        """);
  }

  @Test
  void aTableWithAnAliasedColumnIsQuiet() {
    PM301.check(
        """
        # Outage

        ## Timeline

        | Time | Event |
        |------|-------|
        | 14:02 | Alert fired |
        """);
  }

  @Test
  void anAbsentSectionIsNotPm301sBusiness() {
    PM301.check(
        """
        # Outage

        ## Root Cause

        A pool too small.
        """);
  }
}
