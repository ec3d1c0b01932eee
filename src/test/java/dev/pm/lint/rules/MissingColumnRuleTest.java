package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM302 as short cases; bad-no-type.md stays as the whole-document fixture. */
class MissingColumnRuleTest {

  private static final RuleTester PM302 = RuleTester.of(new MissingColumnRule()).schema("standard");

  @Test
  void aRequiredColumnLeftOutIsNamed() {
    PM302.check(
        """
        ## Action Items

        | ID | Action Item | Owner | Due Date | Status |
        !! @1 PM302 Table in "Action Items" is missing column "Type"
        |----|-------------|-------|----------|--------|
        | AI-01 | Alert on saturation | bob | 2026-04-15 | Open |
        """);
  }

  @Test
  void anOptionalColumnMayBeLeftOutAndAliasesCount() {
    PM302.check(
        """
        ## Timeline

        | Time | Event |
        |------|-------|
        | 14:02 | Alert fired |

        ## Action Items

        | ID | Action | Type | Owner | Target Date | Status |
        |----|--------|------|-------|-------------|--------|
        | AI-01 | Alert on saturation | Prevention | bob | 2026-04-15 | Open |
        """);
  }
}
