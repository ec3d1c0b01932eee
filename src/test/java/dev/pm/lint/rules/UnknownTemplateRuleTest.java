package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM107 as short cases; bad-unknown.md stays as the whole-document fixture. */
class UnknownTemplateRuleTest {

  private static final RuleTester PM107 = RuleTester.of(new UnknownTemplateRule());

  @Test
  void aMisspelledTemplateListsTheKnownOnes() {
    PM107.check(
        """
        ---
        template: standrad
        !!        ^ PM107 Unknown template "standrad"; known templates are standard, blameless, sre, review, comprehensive (only general checks apply)
        ---
        # Outage
        """);
  }

  @Test
  void aMisspelledTemplateIsCheckedAgainstTheTemplateItsSectionsMatchBest() {
    PM107.check(
        """
        ---
        template: blamless
        !! @11 PM107 Unknown template "blamless"; known templates are standard, blameless, sre, review, comprehensive (checked against "standard", its best match)
        ---
        # Outage

        ## Executive Summary

        ## Impact

        ## Timeline

        ## Root Cause

        ## Action Items
        """);
  }

  @Test
  void aKnownTemplateAndNoTemplateAreQuiet() {
    PM107.check(
        """
        ---
        template: sre
        ---
        # Outage
        """);
    PM107.check(
        """
        ---
        title: Outage
        ---
        # Outage
        """);
  }
}
