package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM303 as short cases; bad-ragged.md and gfm-pipes.md stay as whole documents. */
class RaggedRowRuleTest {

  private static final RuleTester PM303 = RuleTester.of(new RaggedRowRule());

  @Test
  void rowsWithTooFewOrTooManyCellsAreReported() {
    PM303.check(
        """
        | Time | Event | Actions Taken |
        |------|-------|---------------|
        | 14:02 | Alert fired |
        !! @1 PM303 Row has 2 cells; the header has 3
        | 14:05 | Paged | bob | extra |
        !! @1 PM303 Row has 4 cells; the header has 3
        """);
  }

  @Test
  void anEscapedPipeIsNotACellBreakEvenInCode() {
    PM303.check(
        """
        | Time | Event | Actions Taken |
        |------|-------|---------------|
        | 14:02 | grep a\\|b | ran `x \\| y` |
        | 14:05 | Paged | bob |
        """);
  }

  @Test
  void aBarePipeInCodeIsACellBreakAsInGfm() {
    PM303.check(
        """
        | Time | Event | Actions Taken |
        |------|-------|---------------|
        | 14:02 | Paged | ran `x | y` |
        !! @1 PM303 Row has 4 cells; the header has 3
        """);
  }
}
