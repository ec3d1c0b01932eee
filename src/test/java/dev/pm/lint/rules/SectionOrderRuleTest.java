package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM202 as short cases; bad-order.md stays as the whole-document fixture. */
class SectionOrderRuleTest {

  private static final String SCHEMA =
      """
      name: small
      ordered: true
      sections:
        - Timeline
        - Action Items
        - Lessons Learned
      """;
  private static final RuleTester PM202 = RuleTester.of(new SectionOrderRule()).schemaYaml(SCHEMA);

  @Test
  void aSectionBeforeOneItShouldFollowIsReported() {
    PM202.check(
        """
        # Outage

        ## Timeline

        ## Lessons Learned
        !! @1 PM202 Section "Lessons Learned" should come after "Action Items" (line 7)

        ## Action Items
        """);
  }

  @Test
  void theSchemasOrderIsQuietAndSoAreSectionsTheSchemaDoesNotName() {
    PM202.check(
        """
        # Outage

        ## Timeline

        ## Notes

        ## Action Items

        ## Lessons Learned
        """);
  }

  @Test
  void anUnorderedSchemaAcceptsAnyOrder() {
    RuleTester.of(new SectionOrderRule())
        .schemaYaml(SCHEMA.replace("ordered: true", "ordered: false"))
        .check(
            """
        # Outage

        ## Lessons Learned

        ## Timeline
        """);
  }
}
