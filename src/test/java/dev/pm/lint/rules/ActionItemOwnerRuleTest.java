package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM402 as short cases; the no-owner fixtures stay as whole documents. */
class ActionItemOwnerRuleTest {

  private static final RuleTester PM402 =
      RuleTester.of(new ActionItemOwnerRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void anEmptyOwnerCellIsNamedWithTheItemsId() {
    PM402.check(
        HEADER
            + """
        | AI-02 | Review changes | Process |  | 2026-04-30 | Open |
        !! @37 PM402 Action item "AI-02" has no owner
        """);
  }

  @Test
  void anOwnerWrittenAsAHandleOrATeamIsAnOwner() {
    PM402.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | @bob | 2026-04-15 | Open |
        | AI-02 | Review changes | Process | Platform team | 2026-04-30 | Open |
        """);
  }
}
