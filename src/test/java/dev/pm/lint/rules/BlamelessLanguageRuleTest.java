package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM801 as short cases; the bad and good fixtures stay as whole documents. */
class BlamelessLanguageRuleTest {

  private static final RuleTester PM801 =
      RuleTester.of(new BlamelessLanguageRule()).schema("blameless");

  @Test
  void blamingWordsInTheRootCauseAreReportedWhereTheyStand() {
    PM801.check(
        """
        ## Root Cause

        The outage was caused by human error during the deploy.
        !!                       ^ PM801 Blaming language "human error"; describe the system condition that allowed it (what made the mistake possible, what did not catch it)
        """);
  }

  @Test
  void timelineLinesAndCodeInsideTheAnalysisAreNotRead() {
    PM801.check(
        """
        ## Root Cause

        - 14:05 bob said "human error" in chat
        - The deploy tool accepted a config with no pool size.

        ```
        human error
        ```
        """);
  }

  @Test
  void offUnlessTheTemplateTurnsItOn() {
    RuleTester.of(new BlamelessLanguageRule())
        .schema("standard")
        .check(
            """
        ## Root Cause Analysis

        The outage was caused by human error during the deploy.
        """);
  }
}
