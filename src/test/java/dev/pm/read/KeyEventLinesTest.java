package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link KeyEventLines#endsStatement} answers as the pattern it replaces. */
class KeyEventLinesTest {

  private static final Pattern STATEMENT_END =
      Pattern.compile("(?:[.!?:)\\d]|<br\\s*/?>|\\\\)\\s*$|\\s{2}$");

  /** What the pattern hinges on, line breaks of every kind, and other characters. */
  private static final String ALPHABET = ".!?:)9\\<br/> \t\n\r\f\u000B\u0085\u2028\u2029xB(";

  @Test
  void endsAStatementExactlyWhereThePatternFindsAnEnd() {
    Random random = new Random(20261202);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = line.toString();
      assertThat(KeyEventLines.endsStatement(text))
          .as("[%s]", text)
          .isEqualTo(STATEMENT_END.matcher(text).find());
    }
  }

  @Test
  void readsTheEndsALineIsWrittenWith() {
    assertThat(KeyEventLines.endsStatement("Resolved at 14:00")).isTrue();
    assertThat(KeyEventLines.endsStatement("the thresholds<br />")).isTrue();
    assertThat(KeyEventLines.endsStatement("a hard break  ")).isTrue();
    assertThat(KeyEventLines.endsStatement("the sentence goes on")).isFalse();
    assertThat(KeyEventLines.endsStatement("<b>bold</b>")).isFalse();
  }
}
