package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM405's edge cases as short cases; bad-lowercase.md stays as the whole-document fixture. */
class StatusSpellingRuleTest {

  private static final RuleTester PM405 =
      RuleTester.of(new StatusSpellingRule()).schema("standard");
  private static final String HEADER = ShortCases.ACTION_ITEMS;

  @Test
  void aSynonymMixedWithTheTemplatesSpellingIsNamed() {
    PM405.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Done |
        | AI-03 | Add a load test | Technical | dave | 2026-05-15 | Closed |
        !! @61 PM405 Status "Closed" of action item "AI-03" means done, which this document also writes "Done"; write it "Done"
        """);
  }

  @Test
  void aSynonymWrittenConsistentlyIsQuiet() {
    PM405.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Closed |
        | AI-03 | Add a load test | Technical | dave | 2026-05-15 | Closed |
        """);
  }

  @Test
  void theTemplatesOwnSpellingIsQuiet() {
    PM405.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | In Progress |
        | AI-03 | Add a load test | Technical | dave | 2026-05-15 | Done |
        """);
  }

  @Test
  void distinctTrackerStagesAreDifferentStatesNotSpellings() {
    PM405.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | In Review |
        | AI-02 | Review config changes | Process | carol | 2026-04-30 | In QA |
        | AI-03 | Add a load test | Technical | dave | 2026-05-15 | Awaiting deploy |
        | AI-04 | Document pool sizes | Process | erin | 2026-05-15 | In Progress |
        | AI-05 | Page the database team | Prevention | bob | 2026-04-01 | Blocked |
        """);
  }

  @Test
  void aStageWrittenTwoWaysIsNamedWithItsFirstSpelling() {
    PM405.check(
        HEADER
            + """
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | In QA |
        | AI-02 | Review config changes | Process | carol | 2026-04-30 | In Review |
        | AI-03 | Add a load test | Technical | dave | 2026-05-15 | in qa |
        !! @61 PM405 Status "in qa" of action item "AI-03" means in-progress, which this document also writes "In QA"; write it "In QA"
        """);
  }
}
