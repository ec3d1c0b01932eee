package dev.pm.lint.rules;

import java.util.Collection;

/** Message helpers, so every rule quotes and lists values the same way. */
final class Text {

  private Text() {}

  /** {@code "value"}, shortened to 60 characters, line breaks flattened. */
  static String quote(String value) {
    String flat = value.replaceAll("\\s+", " ").trim();
    if (flat.length() > 60) {
      flat = flat.substring(0, 57) + "...";
    }
    return "\"" + flat + "\"";
  }

  /** {@code "A", "B", "C"}. */
  static String quoteAll(Collection<String> values) {
    return String.join(", ", values.stream().map(Text::quote).toList());
  }
}
