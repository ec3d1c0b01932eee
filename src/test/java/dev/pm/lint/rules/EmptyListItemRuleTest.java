package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM504 as short cases; the empty-item fixtures stay as whole documents. */
class EmptyListItemRuleTest {

  private static final RuleTester PM504 = RuleTester.of(new EmptyListItemRule()).schema("standard");

  @Test
  void aBulletWithNothingAfterItIsReported() {
    PM504.check(
        """
        ## What Went Well

        - Alerts fired within a minute
        -
        !! @1 PM504 List item is empty
        - The rollback worked
        """);
  }

  @Test
  void anEmptyTaskIsEmptyToo() {
    PM504.check(
        """
        ## Action Items

        - [ ] Alert on pool saturation
        - [ ]
        !! @1 PM504 Task is empty
        """);
  }

  @Test
  void itemsWithTextAreQuiet() {
    PM504.check(
        """
        ## What Went Well

        - Alerts fired within a minute
        - The rollback worked
        """);
  }
}
