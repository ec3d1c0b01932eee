package dev.pm.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes heading and column names comparable: case, numbering ({@code 7.}, {@code 1.1}, {@code A.}),
 * emoji and symbols, Markdown leftovers and trailing punctuation do not count.
 *
 * <p>Rationale: the seeds write {@code ## 7. Action Items}, {@code # 🔍 Post-Mortem} and {@code ##
 * 4. Why Did It Happen? (Root Cause Analysis)}; real post-mortems use any level and case. A schema
 * names a section once and every such spelling matches.
 */
public final class HeadingNormalizer {

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:(?:\\d+(?:\\.\\d+)*|[a-z]|[ivx]+)[.)]|\\d+(?:\\.\\d+)+)\\s+");
  private static final Pattern PARENTHETICAL = Pattern.compile("^(.*?)\\s*\\((.+)\\)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Keys already computed. Schema names (titles, aliases, columns, labels) are normalised for every
   * file, and profiling showed normalisation as the top cost of linting; they are few, so they are
   * kept. The cap keeps a run over many unique headings from growing the cache without bound.
   */
  private static final BoundedMemo<String, String> CACHE =
      new BoundedMemo<>(20_000, HeadingNormalizer::compute);

  private HeadingNormalizer() {}

  /** The comparable key of a heading or column name. */
  public static String key(String text) {
    return CACHE.get(text);
  }

  private static String compute(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean symbol =
                  type == Character.OTHER_SYMBOL
                      || type == Character.PRIVATE_USE
                      || type == Character.SURROGATE
                      || type == Character.NON_SPACING_MARK
                      || type == Character.FORMAT
                      || type == Character.MODIFIER_SYMBOL
                      || cp == '*'
                      || cp == '_'
                      || cp == '`'
                      || cp == '#'
                      || cp == '~'
                      // Parsed headings lose the brackets of "[Incident Title]"; schema names must
                      // too.
                      || cp == '['
                      || cp == ']';
              kept.appendCodePoint(symbol ? ' ' : cp);
            });
    String collapsed = SPACES.matcher(kept).replaceAll(" ").trim();
    collapsed = NUMBERING.matcher(collapsed).replaceFirst("");
    int end = collapsed.length();
    while (end > 0 && ".:?!;,-–— ".indexOf(collapsed.charAt(end - 1)) >= 0) {
      end--;
    }
    return collapsed.substring(0, end);
  }

  /**
   * Whether a normalised heading matches one of the normalised names. A heading {@code X (Y)} also
   * matches {@code X} and {@code Y}: "What Happened? (Narrative)", "Time (UTC)".
   */
  public static boolean matches(String headingKey, Collection<String> nameKeys) {
    if (nameKeys.contains(headingKey)) {
      return true;
    }
    if (headingKey.indexOf('(') < 0) {
      return false;
    }
    Matcher m = PARENTHETICAL.matcher(headingKey);
    if (m.matches()) {
      return nameKeys.contains(key(m.group(1))) || nameKeys.contains(key(m.group(2)));
    }
    return false;
  }
}
