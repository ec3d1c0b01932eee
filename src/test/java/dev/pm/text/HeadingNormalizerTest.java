package dev.pm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "## 7. Action Items|action items",
        "1.1 Incident Title|incident title",
        "🔍 Post-Mortem|post-mortem",
        "What Went Well?|what went well",
        "A. Raw Logs|raw logs",
        "**Time (UTC)**|time (utc)",
        "Lessons   Learned:|lessons learned"
      })
  void normalises(String heading, String key) {
    assertThat(HeadingNormalizer.key(heading.replaceFirst("^#+ ", ""))).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Why Did It Happen? (Root Cause Analysis)|root cause analysis|true",
        "What Happened? (Narrative)|what happened|true",
        "Time (UTC)|time|true",
        "Root Cause|root cause analysis|false"
      })
  void matchesEitherSideOfAParenthesis(String heading, String name, boolean matches) {
    assertThat(
            HeadingNormalizer.matches(
                HeadingNormalizer.key(heading), Set.of(HeadingNormalizer.key(name))))
        .isEqualTo(matches);
  }
}
