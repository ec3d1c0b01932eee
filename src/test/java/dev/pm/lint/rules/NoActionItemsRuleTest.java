package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM407 as short cases; bad-empty-table.md stays as the whole-document fixture. */
class NoActionItemsRuleTest {

  private static final RuleTester PM407 = RuleTester.of(new NoActionItemsRule()).schema("standard");

  @Test
  void aSectionWithAHeaderOnlyTableIsReportedOnItsHeading() {
    PM407.check(
        """
        # Outage

        ## Action Items
        !! @1 PM407 No action items found under "Action Items"

        | ID | Action Item | Type | Owner | Due Date | Status |
        |----|-------------|------|-------|----------|--------|
        """);
  }

  @Test
  void aMissingRequiredSectionIsLeftToPm201() {
    PM407.check(
        """
        # Outage

        ## Timeline

        14:02 alert.
        """);
  }

  @Test
  void whereNoTemplateRequiresTheSectionItsAbsenceIsReportedOnLineOne() {
    RuleTester.of(new NoActionItemsRule())
        .schemaYaml(
            """
        name: small
        sections:
          - Timeline
        """)
        .check(
            """
        # Outage
        !! @1 PM407 No action items found; add a section "Action Items" with a table, task list or bullets

        ## Timeline

        14:02 alert.
        """);
  }

  @Test
  void bulletsCountAsActionItems() {
    PM407.check(
        """
        # Outage

        ## Action Items

        - Alert on pool saturation (bob, 2026-04-15)
        """);
  }
}
