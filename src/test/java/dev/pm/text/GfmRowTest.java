package dev.pm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows split as the GFM spec's tables extension splits them. */
class GfmRowTest {

  private static List<String> cells(String row) {
    return GfmRow.cells(row).stream().map(span -> span.of(row)).toList();
  }

  @Test
  void onlyABackslashKeepsAPipeInItsCell() {
    assertThat(cells("| [e | f] |")).containsExactly("[e", "f]");
    assertThat(cells("| `c | d` |")).containsExactly("`c", "d`");
    // The spec's example 200: escaped pipes, in a code span and in emphasis too.
    assertThat(cells("| f\\|oo  |")).containsExactly("f\\|oo");
    assertThat(cells("| b `\\|` az |")).containsExactly("b `\\|` az");
    assertThat(cells("| b **\\|** im |")).containsExactly("b **\\|** im");
    // An escaped backslash does not escape the pipe after it.
    assertThat(cells("| a\\\\| b |")).containsExactly("a\\\\", "b");
  }

  @Test
  void leadingAndTrailingPipesAreOptional() {
    assertThat(cells("a | b")).containsExactly("a", "b");
    assertThat(cells("| a | b |")).containsExactly("a", "b");
    assertThat(cells("  |a|b|  ")).containsExactly("a", "b");
    assertThat(cells("| a | |")).containsExactly("a", "");
    assertThat(cells("| a \\|")).containsExactly("a \\|");
    assertThat(cells("|")).containsExactly("");
  }

  @Test
  void spansPointIntoTheRow() {
    assertThat(GfmRow.cells("| ab | c |"))
        .containsExactly(new GfmRow.Span(2, 4), new GfmRow.Span(7, 8));
  }
}
