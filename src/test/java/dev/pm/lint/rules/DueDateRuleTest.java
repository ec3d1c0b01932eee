package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM403's edge cases as short cases; bad-not-a-day.md stays as the whole-document fixture. */
class DueDateRuleTest {

  private static final RuleTester PM403 = RuleTester.of(new DueDateRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void slashesAreNotYyyyMmDdAndTheMessageSaysHowToWriteIt() {
    PM403.check(
        HEADER
            + """
        | AI-02 | Review changes | Process | carol | 2026/4/30 | Open |
        !! @46 PM403 Due date "2026/4/30" of action item "AI-02" is not a date written YYYY-MM-DD (2026-04-30)
        """);
  }

  @Test
  void aDayThatDoesNotExistIsNotADate() {
    PM403.check(
        HEADER
            + """
        | AI-02 | Review changes | Process | carol | 2026-02-30 | Open |
        !! @46 PM403 Due date "2026-02-30" of action item "AI-02" is not a real date
        """);
  }

  @Test
  void aBracketedPlaceholderIsLeftToPm502() {
    PM403.check(
        HEADER
            + """
        | AI-02 | Review changes | Process | carol | [Date] | Open |
        """);
  }

  @Test
  void aRealDayAndAnEmptyCellAreNotPm403sBusiness() {
    PM403.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | AI-02 | Review changes | Process | carol |  | Open |
        """);
  }
}
