package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PM001 as short cases; bad-invalid-utf8.md stays as the whole-document fixture. */
class UnreadableFileRuleTest {

  private static final RuleTester PM001 = RuleTester.of(new UnreadableFileRule());

  @Test
  void aFileSavedAsLatin1IsNotReadAndThePlaceIsTheFirstBadByte() {
    PM001
        .savedAs(StandardCharsets.ISO_8859_1)
        .check(
            """
        # Outage

        Café closed.
        !! @4 PM001 File not checked: not valid UTF-8: byte 0xE9 at offset 13
        """);
  }

  @Test
  void utf8TextIncludingNonAsciiIsRead() {
    PM001.check(
        """
        # Outage

        Café closed; 東京 region 🌧.
        """);
  }
}
