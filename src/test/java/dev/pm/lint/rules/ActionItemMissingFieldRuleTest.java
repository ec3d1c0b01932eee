package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM401 as short cases; the no-due fixtures stay as whole documents. */
class ActionItemMissingFieldRuleTest {

  private static final RuleTester PM401 =
      RuleTester.of(new ActionItemMissingFieldRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void anEmptyDueDateIsNamedWithTheItemsId() {
    PM401.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob |  | Open |
        !! @51 PM401 Action item "AI-01" has no due date
        """);
  }

  @Test
  void aBulletItemNeedsOnlyItsAction() {
    PM401.check(
        """
        ## Action Items

        - Alert on pool saturation
        - [ ] Review configuration changes
        """);
  }

  @Test
  void aRowWithEveryFieldIsQuiet() {
    PM401.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        """);
  }
}
