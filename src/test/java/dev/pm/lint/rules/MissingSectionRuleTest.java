package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * PM201's edge cases as short cases; bad-no-lessons.md and good.md stay as whole-document fixtures.
 */
class MissingSectionRuleTest {

  private static final RuleTester PM201 =
      RuleTester.of(new MissingSectionRule())
          .schemaYaml(
              """
      name: small
      sections:
        - title: Timeline
          aliases: [Incident Timeline]
        - Lessons Learned
      """);

  @Test
  void anAliasNumberingEmojiAndCaseAllMatch() {
    PM201.check(
        """
        # Outage

        ## 1. Incident Timeline 🕒

        14:02 alert.

        ## LESSONS LEARNED:

        Review pool sizes.
        """);
  }

  @Test
  void aMissingSectionIsReportedWhereItWasExpected() {
    PM201.check(
        """
        # Outage

        ## Timeline

        14:02 alert.
        !! @1 PM201
        """);
  }
}
