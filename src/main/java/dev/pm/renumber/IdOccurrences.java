package dev.pm.renumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an incident id as a whole token: {@code INC-2026-03-14-01} in "see INC-2026-03-14-01." but
 * not in {@code INC-2026-03-14-011} or {@code XINC-2026-03-14-01}; a file name {@code
 * INC-2026-03-14-01-checkout.md} carries it. Ids compare ignoring case, as lint's duplicate check
 * does.
 */
final class IdOccurrences {

  private final Pattern pattern;

  IdOccurrences(String id) {
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  int count(String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  String replace(String text, String replacement) {
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
  }
}
