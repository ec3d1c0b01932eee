package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM404 as short cases; bad-status.md stays as the whole-document fixture. */
class UnknownStatusRuleTest {

  private static final RuleTester PM404 = RuleTester.of(new UnknownStatusRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void aStatusOffTheListListsTheStatuses() {
    PM404.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | See ticket |
        !! @65 PM404 Status "See ticket" of action item "AI-01" is not one of "Open", "In Progress", "Done", "Cancelled"
        """);
  }

  @Test
  void theTemplatesStatusesAndTheirSynonymsAreQuiet() {
    PM404.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | In Progress |
        | AI-02 | Review changes | Process | carol | 2026-04-30 | Closed |
        """);
  }
}
