package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.Location;
import org.junit.jupiter.api.Test;

/**
 * Baseline keys cost linear time in the number of findings: counted in characters read, not timed.
 * Each key used to scan from the top of the file to its line, so n findings on n lines read ~n²/2
 * lines (20,000 bad due dates in a 0.9 MB file took 31 s of CPU).
 */
class BaselineKeyCostTest {

  /** Text that counts every character read from it. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static long readsForKeysOnEveryLine(int lines) {
    CountingText text =
        new CountingText("| AI-1 | fix it | bob | 2026-13-45 | Open |\n".repeat(lines));
    Baseline.SourceLines index = new Baseline.SourceLines(text);
    // The last line is left out: a finding placed there at column 1 is about the whole file and is
    // keyed without its text.
    for (int line = 1; line < lines; line++) {
      Diagnostic d =
          new Diagnostic(
              RuleInfo.of("PM305", "bad-date", Severity.ERROR, "A date is invalid"),
              Severity.ERROR,
              "a.md",
              new Location(line, 1),
              "bad due date on line " + line);
      assertThat(Baseline.key(d, index).source()).startsWith("| AI-1");
    }
    return text.reads;
  }

  @Test
  void tenTimesTheFindingsReadTenTimesTheText() {
    long small = readsForKeysOnEveryLine(2_000);
    long large = readsForKeysOnEveryLine(20_000);
    // Linear: 10x (index plus one line per key). Quadratic would be 100x.
    assertThat((double) large / small).isBetween(9.0, 11.0);
    // And a small constant per character: the index once, each line once.
    assertThat(large).isLessThan(3L * 20_000 * 45);
  }

  @Test
  void aKeyIsTheStrippedTextOfItsLine() {
    Baseline.SourceLines lines = new Baseline.SourceLines("first\r\n  second  \nthird");
    assertThat(lines.line(1)).isEqualTo("first");
    assertThat(lines.line(2)).isEqualTo("second");
    assertThat(lines.line(3)).isEqualTo("third");
    assertThat(lines.line(4)).isEmpty();
  }
}
