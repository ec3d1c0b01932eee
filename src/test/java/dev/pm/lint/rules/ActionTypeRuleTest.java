package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM408 as short cases; bad-type.md stays as the whole-document fixture. */
class ActionTypeRuleTest {

  private static final RuleTester PM408 = RuleTester.of(new ActionTypeRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void aTypeOffTheListListsTheTypes() {
    PM408.check(
        HEADER
            + """
        | AI-03 | Add a load test | Misc | dave | 2026-05-15 | Open |
        !!                          ^ PM408 Type "Misc" of action item "AI-03" is not one of "Prevention", "Process", "Technical", "Knowledge"
        """);
  }

  @Test
  void aListedTypeAndAnEmptyTypeAreQuiet() {
    PM408.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | AI-03 | Add a load test |  | dave | 2026-05-15 | Open |
        """);
  }
}
