package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM503 as short cases; the empty-row fixtures stay as whole documents. */
class EmptyRowRuleTest {

  private static final RuleTester PM503 = RuleTester.of(new EmptyRowRule()).schema("standard");

  @Test
  void aRowWithOnlyItsFirstCellIsNamedByThatCell() {
    PM503.check(
        """
        ## Timeline

        | Time (UTC) | Event | Actions Taken |
        |------------|-------|---------------|
        | 2026-03-14 14:02 | Alert fired | Paged bob |
        | 2026-03-14 15:20 |  |  |
        !! @1 PM503 Table row "2026-03-14 15:20" has nothing filled in
        """);
  }

  @Test
  void aRowWithTwoCellsFilledIsQuiet() {
    PM503.check(
        """
        ## Timeline

        | Time (UTC) | Event | Actions Taken |
        |------------|-------|---------------|
        | 2026-03-14 14:02 | Alert fired |  |
        """);
  }
}
