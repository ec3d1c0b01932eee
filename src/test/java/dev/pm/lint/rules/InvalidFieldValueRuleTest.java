package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM104's edge cases as short cases; bad-case.md stays as the whole-document fixture. */
class InvalidFieldValueRuleTest {

  private static final RuleTester PM104 =
      RuleTester.of(new InvalidFieldValueRule()).schema("standard");

  @Test
  void aSeverityOffTheScaleListsTheScale() {
    PM104.check(
        """
        ---
        severity: P9
        !! @11 PM104 Front matter "severity" is "P9"; expected one of "P1", "P2", "P3", "P4"
        status: Resolved
        ---
        # Outage
        """);
  }

  @Test
  void aListWhereTextIsExpectedIsAWrongType() {
    PM104.check(
        """
        ---
        status: [Resolved]
        !! @9 PM104
        ---
        # Outage
        """);
  }

  @Test
  void valuesOnTheScaleAreQuiet() {
    PM104.check(
        """
        ---
        severity: P2
        status: Ongoing
        ---
        # Outage
        """);
  }
}
