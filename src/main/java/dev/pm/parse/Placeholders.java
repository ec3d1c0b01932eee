package dev.pm.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholder tokens every template style uses: {@code YYYY-MM-DD}, {@code HH:MM}, {@code X hours},
 * {@code N users}, {@code $X}, {@code [Name]}, {@code [e.g., ...]}, {@code [DRAFT | FINAL]}.
 *
 * <p>Rationale: real post-mortems put plain words in brackets ({@code [Alerting]}, an alert's
 * state; {@code [Sen Lu]}, a reference link), so bracketed text counts only when it reads as an
 * instruction: an example ({@code e.g.}), a choice list ({@code |}), or an opening word templates
 * use to ask for something ({@code Name}, {@code List}, {@code Describe}...). It never counts when
 * it is a link or a reference defined in the document.
 *
 * <p>It lives with the parser, not the lint rules, because {@link IncidentSpan}, which lint and
 * stats share, skips placeholder values too.
 */
public final class Placeholders {

  static final Pattern TOKEN =
      Pattern.compile(
          "YYYY-MM-DD|YYYY|HH:MM(?::SS)?"
              + "|(?<![\\w$])[XYN]\\s*(?:hours?|minutes?|mins?|ms|seconds?|days?|tickets|users)\\b|(?<![\\w$])[XN]%|\\$X\\b"
              + "|\\[(?:e\\.g\\.|i\\.e\\.|eg,)[^\\]]*\\]"
              + "|\\[([A-Z][^\\[\\]\\n]{1,80})\\](?![(\\[:])");

  /** First words with which templates ask for something: {@code [Name]}, {@code [List of ...]}. */
  private static final Pattern INSTRUCTION =
      Pattern.compile(
          "(?i)^(?:names?|list|link|links|describe|provide|identify|summari[sz]e|insert|add|enter|brief|a concise|"
              + "incident (?:id|title)|service|services|engineer|owner|start|end|date|time|timezone|unique|answer|tbd|todo|"
              + "yes/no|p\\d|sev|your|team|person|role|number|x)\\b");

  /** A placeholder found in a text: what it is and where it starts. */
  public record Match(String token, int index) {}

  private Placeholders() {}

  public static boolean contains(String text) {
    return find(text, Set.of()).isPresent();
  }

  public static Optional<Match> find(String markdown, Set<String> linkReferences) {
    if (!mayHoldToken(markdown)) {
      return Optional.empty();
    }
    Matcher m = TOKEN.matcher(markdown);
    while (m.find()) {
      String label = m.group(1);
      if (label != null) {
        boolean reference = linkReferences.contains(label.trim().toLowerCase(Locale.ROOT));
        boolean asks = label.contains("|") || INSTRUCTION.matcher(label.trim()).find();
        if (reference || !asks) {
          continue;
        }
      }
      return Optional.of(new Match(m.group(), m.start()));
    }
    return Optional.empty();
  }

  /**
   * False only when {@link #TOKEN} cannot match: no {@code [}, {@code YYYY}, {@code HH:MM}, and no
   * {@code X}, {@code Y} or {@code N} at the start of a word (which {@code $X} also has). Most
   * cells and paragraphs of a filled-in post-mortem hold none of these, and one pass over the
   * characters is several times cheaper than the token pattern's alternation tried at every
   * position.
   */
  static boolean mayHoldToken(String text) {
    if (text.indexOf('[') >= 0 || text.contains("YYYY") || text.contains("HH:MM")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'X' || c == 'Y' || c == 'N') && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code \w} as {@link Pattern} reads it without UNICODE_CHARACTER_CLASS. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
