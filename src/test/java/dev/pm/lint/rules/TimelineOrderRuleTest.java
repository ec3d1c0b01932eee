package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM602 as short cases; bad-order.md stays as the whole-document fixture. */
class TimelineOrderRuleTest {

  private static final RuleTester PM602 = RuleTester.of(new TimelineOrderRule()).schema("standard");

  @Test
  void aRowEarlierThanTheOneAboveIsReportedWithBothTimes() {
    PM602.check(
        """
        ## Timeline

        | Time (UTC) | Event |
        |------------|-------|
        | 2026-03-14 14:20 | Pool exhaustion seen |
        | 2026-03-14 14:18 | Config change identified |
        !! @3 PM602 Timeline entry "2026-03-14 14:18" is earlier than the entry before it "2026-03-14 14:20" (line 5)
        """);
  }

  @Test
  void aBulletOrLineEntryIsQuotedByItsTimeNotItsWholeText() {
    PM602.check(
        """
        ## Timeline

        - 14:20 pool exhaustion seen in metrics
        - **14:18** config change 4121 identified
        !! @1 PM602 Timeline entry "14:18" is earlier than the entry before it "14:20" (line 3)

        ### 2026-03-14 14:30 Rollback
        ### 2026-03-14 14:25 Paged the database team
        !! @1 PM602 Timeline entry "2026-03-14 14:25" is earlier than the entry before it "2026-03-14 14:30" (line 6)
        """);
  }

  @Test
  void crossingMidnightWithDatesIsInOrder() {
    PM602.check(
        """
        ## Timeline

        | Time (UTC) | Event |
        |------------|-------|
        | 2026-03-14 23:50 | Alert fired |
        | 2026-03-15 00:10 | Rollback deployed |
        """);
  }

  @Test
  void anUnorderedTimelineIsNotChecked() {
    RuleTester.of(new TimelineOrderRule())
        .schemaYaml(
            """
        name: small
        sections:
          - Timeline
        timeline:
          sections: [Timeline]
          ordered: false
        """)
        .check(
            """
        ## Timeline

        - 14:20 pool exhaustion seen
        - 14:18 config change identified
        """);
  }
}
