package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM102 as short cases; the bad-*.md fixtures stay as whole documents. */
class InvalidFrontMatterRuleTest {

  private static final RuleTester PM102 = RuleTester.of(new InvalidFrontMatterRule());

  @Test
  void aDuplicateKeyNamesTheFirstOne() {
    PM102.check(
        """
        ---
        severity: P1
        title: Outage
        severity: P2
        !! @1 PM102 Invalid front matter: duplicate key "severity" (first at line 2)
        ---
        # Outage
        """);
  }

  @Test
  void aFrontMatterNeverClosedIsReported() {
    PM102.check(
        """
        ---
        !! @1 PM102 Invalid front matter: front matter opened on line 1 is never closed with "---"
        title: Outage

        # Outage
        """);
  }

  @Test
  void aJavaClassTagIsRefused() {
    PM102.check(
        """
        ---
        title: !!javax.script.ScriptEngineManager []
        !! @8 PM102
        ---
        # Outage
        """);
  }

  @Test
  void aSentenceBetweenTwoRulesOpeningTheFileIsMarkdownNotBrokenYaml() {
    PM102.check(
        """
        ---
        Checkout was down for 40 minutes after a pool resize.
        ---
        # Outage
        """);
  }

  @Test
  void plainYamlIsQuiet() {
    PM102.check(
        """
        ---
        title: "Outage: checkout"
        tags: [db, pool]
        ---
        # Outage
        """);
  }
}
