package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.RandomText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  /** The hand loop must read whitespace exactly as the {@code \s+} pattern it replaced. */
  @Test
  void normalisesLikeTheWhitespacePattern() {
    RandomText.strings(20261123, " \t\n\r\u000B\f\u0001\u00A0\u2028aBc|É", 16, 100_000)
        .forEach(
            s ->
                assertThat(TemplateText.normalize(s))
                    .as("normalising \"%s\"", s)
                    .isEqualTo(s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT)));
  }
}
