package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pm.lint.rules.ActionItemOwnerRule;
import org.junit.jupiter.api.Test;

/**
 * The rule tester fails on a missing finding and on an unexpected one, and reads its markers right.
 */
class RuleTesterTest {

  private static final String TABLE =
      """
      ## Action Items

      | ID | Action Item | Type | Owner | Due Date | Status |
      |----|-------------|------|-------|----------|--------|
      | AI-01 | Alert on pool saturation | Prevention | bob | 2026-04-15 | Open |
      | AI-02 | Review configuration changes | Process |  | 2026-04-30 | Open |
      """;

  @Test
  void passesWhenEveryFindingIsMarked() {
    RuleTester.of(new ActionItemOwnerRule())
        .schema("standard")
        .check(
            TABLE
                + """
        !!                                                ^ PM402 Action item "AI-02" has no owner
        """);
  }

  @Test
  void failsOnAMissingFinding() {
    String owned = TABLE.replace("| Process |  |", "| Process | carol |");
    assertThatThrownBy(
            () ->
                RuleTester.of(new ActionItemOwnerRule())
                    .schema("standard")
                    .check(
                        owned
                            + """
        !! @51 PM402
        """))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing:    6:51 PM402")
        .hasMessageNotContaining("unexpected");
  }

  @Test
  void failsOnAnUnexpectedFinding() {
    assertThatThrownBy(
            () -> RuleTester.of(new ActionItemOwnerRule()).schema("standard").check(TABLE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unexpected: 6:51 PM402 Action item \"AI-02\" has no owner")
        .hasMessageNotContaining("missing");
  }

  @Test
  void failsOnTheRightFindingWithTheWrongMessageOrColumn() {
    assertThatThrownBy(
            () ->
                RuleTester.of(new ActionItemOwnerRule())
                    .schema("standard")
                    .check(
                        TABLE
                            + """
        !! @51 PM402 Action item "AI-01" has no owner
        """))
        .hasMessageContaining("missing:    6:51 PM402 Action item \"AI-01\"")
        .hasMessageContaining("unexpected: 6:51");
    assertThatThrownBy(
            () ->
                RuleTester.of(new ActionItemOwnerRule())
                    .schema("standard")
                    .check(
                        TABLE
                            + """
        !! @50 PM402
        """))
        .hasMessageContaining("missing:    6:50 PM402")
        .hasMessageContaining("unexpected: 6:51");
  }

  @Test
  void allRulesExpectsEveryFindingOfEveryRule() {
    assertThatThrownBy(
            () ->
                RuleTester.allRules()
                    .schema("standard")
                    .check(
                        TABLE
                            + """
        !! @51 PM402
        """))
        .hasMessageContaining("unexpected: 1:1 PM101")
        .hasMessageNotContaining("missing:");
  }

  @Test
  void checkFilesComparesEachFileWithItsOwnMarkersAndNamesTheFileThatDiffers() {
    RuleTester owners = RuleTester.of(new ActionItemOwnerRule()).schema("standard");
    String owned = TABLE.replace("| Process |  |", "| Process | carol |");
    owners.checkFiles("a.md", owned, "b.md", TABLE + "!! @51 PM402\n");
    assertThatThrownBy(() -> owners.checkFiles("a.md", TABLE, "b.md", owned))
        .hasMessageContaining("unexpected: 6:51 PM402")
        .hasMessageContaining("in a.md:")
        .hasMessageNotContaining("in b.md:");
  }

  @Test
  void aSettingMadeForOneCaseDoesNotChangeTheSharedTester() {
    RuleTester shared = RuleTester.of(new ActionItemOwnerRule());
    shared.schema("standard").check(TABLE + "!! @51 PM402\n");
    // Without the standard schema the table is not an action item table the rule reads.
    shared.check(TABLE);
  }

  @Test
  void aCaretMarksTheColumnWhereItStandsAndMarkersAreNotPartOfTheDocument() {
    RuleTester.Case c =
        RuleTester.parse(
            """
        first
        second line
        !!  ^ PM402 a message
        !! @7 PM403
        third
        """);
    assertThat(c.markdown()).isEqualTo("first\nsecond line\nthird\n");
    assertThat(c.expected())
        .containsExactly(
            new RuleTester.Expected(2, 5, "PM402", java.util.Optional.of("a message")),
            new RuleTester.Expected(2, 7, "PM403", java.util.Optional.empty()));
  }

  @Test
  void aMalformedMarkerIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> RuleTester.parse("text\n!! PM402 no column\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleTester.parse("!! @1 PM402 above nothing\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
