package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM501 as short cases; the summary fixtures stay as whole documents. */
class TemplateTextRuleTest {

  private static final RuleTester PM501 = RuleTester.of(new TemplateTextRule()).schema("standard");

  @Test
  void theTemplatesOwnSentenceLeftInIsQuotedShort() {
    PM501.check(
        """
        ## Executive Summary

        Brief summary of the incident, including the impact on users, customers, and business operations.
        !! @1 PM501 Template text left unfilled: "Brief summary of the incident, including the impact on us..."
        """);
  }

  @Test
  void theOwnTextOfTheAuthorIsQuiet() {
    PM501.check(
        """
        ## Executive Summary

        Checkout returned 502s for 40 minutes after a pool resize.
        """);
  }
}
