package dev.pm.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholder tokens every template style uses: {@code YYYY-MM-DD}, {@code HH:MM},
 * {@code X hours}, {@code N users}, {@code $X}, {@code [Name]}, {@code [e.g., ...]},
 * {@code [DRAFT | FINAL]}. A bracketed text is a placeholder unless it is a link or a reference
 * defined in the document.
 */
final class Placeholders {

  private static final Pattern TOKEN =
      Pattern.compile(
          "YYYY-MM-DD|YYYY|HH:MM(?::SS)?"
              + "|(?<![\\w$])[XYN]\\s*(?:hours?|minutes?|mins?|ms|seconds?|days?|tickets|users)\\b|(?<![\\w$])[XN]%|\\$X\\b"
              + "|\\[(?:e\\.g\\.|i\\.e\\.|eg,)[^\\]]*\\]"
              + "|\\[([A-Z][^\\[\\]\\n]{1,80})\\](?![(\\[:])");

  /** A placeholder found in a text: what it is and where it starts. */
  record Match(String token, int index) {}

  private Placeholders() {}

  static boolean contains(String text) {
    return find(text, Set.of()).isPresent();
  }

  static Optional<Match> find(String markdown, Set<String> linkReferences) {
    Matcher m = TOKEN.matcher(markdown);
    while (m.find()) {
      String label = m.group(1);
      if (label != null && linkReferences.contains(label.trim().toLowerCase(Locale.ROOT))) {
        continue;
      }
      return Optional.of(new Match(m.group(), m.start()));
    }
    return Optional.empty();
  }
}
