package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM204 as short cases; the empty-summary fixtures stay as whole documents. */
class EmptySectionRuleTest {

  private static final RuleTester PM204 =
      RuleTester.of(new EmptySectionRule())
          .schemaYaml(
              """
      name: small
      sections:
        - Executive Summary
        - Timeline
      """);

  @Test
  void aRequiredSectionWithNothingUnderItIsReported() {
    PM204.check(
        """
        # Outage

        ## Executive Summary
        !! @1 PM204 Section "Executive Summary" is empty

        ## Timeline

        14:02 alert.
        """);
  }

  @Test
  void aSectionWithOnlyAnHtmlCommentIsStillEmpty() {
    PM204.check(
        """
        # Outage

        ## Executive Summary
        !! @1 PM204
        <!-- write the summary here -->

        ## Timeline

        14:02 alert.
        """);
  }

  @Test
  void textOrASubsectionWithTextFillsASection() {
    PM204.check(
        """
        # Outage

        ## Executive Summary

        ### Customer view

        Checkout failed for 40 minutes.

        ## Timeline

        14:02 alert.
        """);
  }
}
