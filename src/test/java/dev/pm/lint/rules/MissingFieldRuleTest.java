package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM103 as short cases; bad-no-severity.md stays as the whole-document fixture. */
class MissingFieldRuleTest {

  private static final RuleTester PM103 = RuleTester.of(new MissingFieldRule()).schema("standard");

  @Test
  void eachMissingKeyIsNamed() {
    PM103.check(
        """
        ---
        !! @1 PM103 Missing required front matter key "severity"
        !! @1 PM103 Missing required front matter key "status"
        id: INC-2026-03-14-01
        title: Outage
        date: 2026-03-14
        template: standard
        ---
        # Outage
        """);
  }

  @Test
  void aKeyWithNoValueIsReportedWhereItStands() {
    PM103.check(
        """
        ---
        id: INC-2026-03-14-01
        title: Outage
        date: 2026-03-14
        severity:
        !! @1 PM103 Front matter key "severity" is empty
        status: Resolved
        template: standard
        ---
        # Outage
        """);
  }

  @Test
  void everyRequiredKeyPresentIsQuiet() {
    PM103.check(
        """
        ---
        id: INC-2026-03-14-01
        title: Outage
        date: 2026-03-14
        severity: P2
        status: Resolved
        template: standard
        ---
        # Outage
        """);
  }
}
