package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM106 as short cases; bad-id.md stays as the whole-document fixture. */
class ValuePatternRuleTest {

  private static final RuleTester PM106 = RuleTester.of(new ValuePatternRule()).schema("standard");

  @Test
  void anIdOffThePatternGetsAnExample() {
    PM106.check(
        """
        ---
        id: INC-123
        !!  ^ PM106 Front matter "id" is "INC-123"; expected a value such as INC-2026-03-14-01
        ---
        # Outage
        """);
  }

  @Test
  void anIdOnThePatternIsQuiet() {
    PM106.check(
        """
        ---
        id: INC-2026-03-14-01
        ---
        # Outage
        """);
  }
}
