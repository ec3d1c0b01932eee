package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM101 as short cases; bad-no-front-matter.md and bad-toml.md stay as whole documents. */
class MissingFrontMatterRuleTest {

  private static final RuleTester PM101 = RuleTester.of(new MissingFrontMatterRule());

  @Test
  void noFrontMatterIsReportedOnTheFirstLine() {
    PM101.check(
        """
        # Outage
        !! @1 PM101 Missing front matter (id, title, date, severity, status, template); its sections match no template, so only general checks apply
        """);
  }

  @Test
  void tomlFrontMatterIsNamedAsToml() {
    PM101.check(
        """
        +++
        !! @1 PM101 Front matter is TOML (+++); pm reads YAML front matter between "---" lines; its sections match no template, so only general checks apply
        title = "Outage"
        +++
        # Outage
        """);
  }

  @Test
  void yamlFrontMatterIsQuiet() {
    PM101.check(
        """
        ---
        title: Outage
        ---
        # Outage
        """);
  }
}
