package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM601 as short cases; bad-severity.md and review-id-heading.md stay as whole documents. */
class MetadataMismatchRuleTest {

  private static final RuleTester PM601 =
      RuleTester.of(new MetadataMismatchRule()).schema("standard");

  @Test
  void aSeverityInTheMetadataTableThatDiffersIsReportedOnTheCell() {
    PM601.check(
        """
        ---
        severity: P2
        ---
        ## Incident Information

        | Field | Value |
        |-------|-------|
        | **Severity** | P1 |
        !! @18 PM601 Severity "P1" in the body differs from front matter severity "P2"
        """);
  }

  @Test
  void theSameValueAndATemplatePlaceholderAreQuiet() {
    PM601.check(
        """
        ---
        id: INC-2026-03-14-11
        severity: P2
        ---
        ## Incident Information

        | Field | Value |
        |-------|-------|
        | **Incident ID** | INC-YYYY-MM-DD-NN |
        | **Severity** | P2 |
        """);
  }
}
