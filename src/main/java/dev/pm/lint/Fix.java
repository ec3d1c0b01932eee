package dev.pm.lint;

import dev.pm.model.Location;
import java.util.Objects;

/**
 * A safe, mechanical edit that resolves one diagnostic: at {@code at}, the source text {@code
 * found} becomes {@code replacement}. Carrying the text it expects makes a fix refuse itself when
 * the source is not what the rule saw (a quoted YAML value, a cell with Markdown in it), so {@code
 * pm lint --fix} never edits what it did not understand.
 *
 * @param summary what changes, for the report ({@code severity "sev2" → "SEV-2"})
 */
public record Fix(Location at, String found, String replacement, String summary) {

  public Fix {
    Objects.requireNonNull(at);
    Objects.requireNonNull(found);
    Objects.requireNonNull(replacement);
    Objects.requireNonNull(summary);
  }

  /**
   * Replaces {@code found} at {@code at} with {@code replacement}, described as "found →
   * replacement".
   */
  public static Fix replace(Location at, String found, String replacement) {
    return new Fix(at, found, replacement, "\"" + found + "\" → \"" + replacement + "\"");
  }

  /** Inserts {@code text} before {@code at}. */
  public static Fix insert(Location at, String text, String summary) {
    return new Fix(at, "", text, summary);
  }
}
