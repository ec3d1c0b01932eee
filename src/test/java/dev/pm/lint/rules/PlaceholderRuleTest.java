package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM502 as short cases; the placeholder fixtures stay as whole documents. */
class PlaceholderRuleTest {

  private static final RuleTester PM502 = RuleTester.of(new PlaceholderRule()).schema("standard");

  @Test
  void aBracketedInstructionInProseIsReportedWhereThePlaceholderStarts() {
    // The column is the placeholder's own, so an editor puts the cursor on it, not on the line.
    PM502.check(
        """
        # Outage

        The on-call [Name] was paged.
        !! @13 PM502 Placeholder "[Name]" left unfilled
        """);
  }

  @Test
  void aPlaceholderOnTheSecondLineOfAParagraphIsReportedOnThatLineAndColumn() {
    PM502.check(
        """
        # Outage

        The queue backed up at 14:02 and
        the on-call [Name] was paged.
        !! @13 PM502 Placeholder "[Name]" left unfilled
        """);
  }

  @Test
  void aPlaceholderInsideAListItemIsReportedWhereItStarts() {
    PM502.check(
        """
        # Outage

        - Page [Name] when the queue backs up
        !! @8 PM502 Placeholder "[Name]" left unfilled
        """);
  }

  @Test
  void aDatePlaceholderInACellIsReported() {
    PM502.check(
        ShortCases.ACTION_ITEMS
            + """
        | AI-01 | Alert on saturation | Prevention | bob | YYYY-MM-DD | Open |
        !! @52 PM502 Placeholder "YYYY-MM-DD" left unfilled
        """);
  }

  @Test
  void bracketedWordsThatAskForNothingAndReferenceLinksAreQuiet() {
    PM502.check(
        """
        # Outage

        The alert went [Alerting] at 14:02, see [Runbook] and [Name].

        [Name]: https://example.com/people
        [Runbook]: https://example.com/runbook
        """);
  }
}
