package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM604 as short cases over several files; the a-, b- and c- fixtures stay as whole documents. */
class DuplicateIncidentIdRuleTest {

  private static final RuleTester PM604 = RuleTester.of(new DuplicateIncidentIdRule());
  private static final String FIRST =
      """
      ---
      id: INC-2026-03-14-01
      ---
      # Checkout down
      """;

  @Test
  void theSecondFileWithAnIdNamesTheFirst() {
    PM604.checkFiles(
        "a-first.md",
        FIRST,
        "b-second.md",
        """
        ---
        id: INC-2026-03-14-01
        !!  ^ PM604 Incident id "INC-2026-03-14-01" is also used by a-first.md
        ---
        # Search slow
        """);
  }

  @Test
  void distinctIdsAndPlaceholderIdsAreQuiet() {
    PM604.checkFiles(
        "a-first.md",
        FIRST,
        "b-second.md",
        """
        ---
        id: INC-2026-03-14-02
        ---
        # Search slow
        """,
        "c-new.md",
        """
        ---
        id: INC-YYYY-MM-DD-NN
        ---
        # New
        """,
        "d-new.md",
        """
        ---
        id: INC-YYYY-MM-DD-NN
        ---
        # Newer
        """);
  }
}
