package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM406 as short cases; bad-duplicate.md stays as the whole-document fixture. */
class DuplicateActionIdRuleTest {

  private static final RuleTester PM406 =
      RuleTester.of(new DuplicateActionIdRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void anIdUsedTwiceIsReportedOnTheSecondUse() {
    PM406.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | AI-01 | Review changes | Process | carol | 2026-04-30 | Open |
        !! @3 PM406 Action item id "AI-01" is used twice (first at line 5)
        """);
  }

  @Test
  void idsDifferingOnlyInCaseAreTheSameId() {
    PM406.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | ai-01 | Review changes | Process | carol | 2026-04-30 | Open |
        !! @3 PM406 Action item id "ai-01" is used twice (first at line 5)
        """);
  }

  @Test
  void aBracketedIdAndThePlainNumberAreOneId() {
    // "[1]" and "1" both say "item 1" to a reader (the brackets are a footnote-like habit, or a
    // link to the item's ticket), so a reference to item 1 would be ambiguous: reported, as the
    // same id written twice.
    PM406.check(
        HEADER
            + """
        | [1] | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | 1 | Review changes | Process | carol | 2026-04-30 | Open |
        !! @3 PM406 Action item id "1" is used twice (first at line 5)
        """);
  }

  @Test
  void bracketedIdsOfDifferentNumbersAreQuiet() {
    PM406.check(
        HEADER
            + """
        | [1] | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | [2] | Review changes | Process | carol | 2026-04-30 | Open |
        """);
  }

  @Test
  void distinctIdsAreQuiet() {
    PM406.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | AI-02 | Review changes | Process | carol | 2026-04-30 | Open |
        """);
  }

  @Test
  void templatePlaceholderIdsWrittenInBracketsAreLeftToPm502() {
    // Plain text drops the brackets of [Number] (an undefined link reference), which hid the
    // placeholder and made two unfilled rows "use the id Number twice".
    PM406.check(
        HEADER
            + """
        | [Number] | Add a load test | Technical | dave | 2026-05-15 | Open |
        | [Number] | Write a runbook | Knowledge | erin | 2026-05-30 | Open |
        """);
  }

  @Test
  void anIdThatIsNoTemplatePlaceholderCountsEvenIfItLooksUnfilled() {
    PM406.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        | AI-02 | Review changes | Process | carol | 2026-04-30 | Open |
        | AI-NN | Add a load test | Technical | dave | 2026-05-15 | Open |
        | AI-NN | Write a runbook | Knowledge | erin | 2026-05-30 | Open |
        !! @3 PM406 Action item id "AI-NN" is used twice (first at line 7)
        """);
  }
}
