package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM304 as short cases; the empty-event fixtures stay as whole documents. */
class EmptyCellRuleTest {

  private static final RuleTester PM304 =
      RuleTester.of(new EmptyCellRule())
          .schemaYaml(
              """
      name: small
      sections:
        - title: Timeline
          tables:
            - columns: [Time, {name: Event, nonEmpty: true}, Notes]
      """);

  @Test
  void anEmptyCellInARequiredColumnIsReportedWhereItStands() {
    PM304.check(
        """
        ## Timeline

        | Time | Event | Notes |
        |------|-------|-------|
        | 14:02 |  | paged |
        !!       ^ PM304 Column "Event" is empty in this row
        """);
  }

  @Test
  void aRowCutShortIsReportedAtTheRowAndABlankRowIsLeftToPm503() {
    PM304.check(
        """
        ## Timeline

        | Time | Event | Notes |
        |------|-------|-------|
        | 14:02 |
        !! @1 PM304 Column "Event" is empty in this row
        |  |  |  |
        """);
  }

  @Test
  void anEmptyCellInAColumnNotMarkedNonEmptyIsQuiet() {
    PM304.check(
        """
        ## Timeline

        | Time | Event | Notes |
        |------|-------|-------|
        | 14:02 | Alert fired |  |
        """);
  }
}
