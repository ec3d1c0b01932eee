package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM603 as short cases; bad-duration.md stays as the whole-document fixture. */
class DurationMismatchRuleTest {

  private static final RuleTester PM603 =
      RuleTester.of(new DurationMismatchRule()).schema("standard");

  @Test
  void aDurationThatIsNotTheSpanOfTheTimesIsReported() {
    PM603.check(
        """
        ## Incident Information

        | Field | Value |
        |-------|-------|
        | **Time** | 14:02 - 15:17 UTC |
        | **Duration** | 45 minutes |
        !! @18 PM603 Duration "45 minutes" disagrees with start and end, which are 1 h 15 min apart
        """);
  }

  @Test
  void theRightDurationInWordsIsQuiet() {
    PM603.check(
        """
        ## Incident Information

        | Field | Value |
        |-------|-------|
        | **Time** | 14:02 - 15:17 UTC |
        | **Duration** | 1 hour, 15 minutes |
        """);
  }
}
