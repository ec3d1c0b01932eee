package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM203 as short cases; bad-duplicate.md stays as the whole-document fixture. */
class DuplicateSectionRuleTest {

  private static final RuleTester PM203 =
      RuleTester.of(new DuplicateSectionRule()).schema("standard");

  @Test
  void aHeadingWrittenTwiceUnderTheSameParentIsReportedTheSecondTime() {
    PM203.check(
        """
        # Outage

        ## What Went Well

        Alerts fired.

        ## What Went Well
        !! @1 PM203 Duplicate heading "What Went Well" (first at line 3)

        The rollback worked.
        """);
  }

  @Test
  void theSameHeadingUnderDifferentParentsIsQuiet() {
    PM203.check(
        """
        # Outage

        ## Database

        ### Details

        ## Network

        ### Details
        """);
  }
}
