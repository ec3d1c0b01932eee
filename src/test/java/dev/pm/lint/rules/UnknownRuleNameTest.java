package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * PM002, which the linter itself reports on a directive naming no rule, as short cases; bad-typo.md
 * stays as the whole-document fixture.
 */
class UnknownRuleNameTest {

  private static final RuleTester PM002 = RuleTester.unknownRuleNames();

  @Test
  void aTypoInADirectiveIsNamed() {
    PM002.check(
        """
        # Outage

        <!-- pm-lint-disable-next-line PM5O1 -->
        !! @1 PM002 Unknown rule "PM5O1" in pm-lint-disable-next-line silences nothing ('pm lint --list-rules' lists the rules)
        [Name] was paged.
        """);
  }

  @Test
  void everyUnknownNameOfSeveralIsNamedAndKnownOnesAreNot() {
    PM002.check(
        """
        # Outage

        <!-- pm-lint-disable placeholder, no-such-rule, PM999 -->
        !! @1 PM002 Unknown rule "no-such-rule" in pm-lint-disable silences nothing ('pm lint --list-rules' lists the rules)
        !! @1 PM002 Unknown rule "PM999" in pm-lint-disable silences nothing ('pm lint --list-rules' lists the rules)
        """);
  }

  @Test
  void idsAndNamesOfRealRulesAreQuiet() {
    PM002.check(
        """
        # Outage

        <!-- pm-lint-disable-next-line PM502 -->
        [Name] was paged.
        <!-- pm-lint-disable empty-section -->
        <!-- pm-lint-enable empty-section -->
        """);
  }
}
