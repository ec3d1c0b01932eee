package dev.pm.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "##Prevention?", "###Follow-up": a heading written without the space after its hashes. CommonMark
 * reads it as a paragraph, every person (and most renderers of wikis and chat) as a heading; pm
 * reads it as the heading its writer meant, so what stands under it is read as that section's.
 *
 * <p>Only a one-line paragraph of two to six hashes directly followed by a letter, short and
 * heading-like (no sentence inside it): "#1 priority was ..." and a hashtag in prose stay text.
 * Code is never a paragraph, so nothing inside a code block is ever taken for one.
 */
final class HashlessHeadings {

  private static final Pattern HASHLESS = Pattern.compile("^(#{2,6})(\\p{L}[^\\n#]{0,78}?)\\s*#*$");

  /** A sentence inside the line: ". Then", "! We": a heading names, it does not tell. */
  private static final Pattern INNER_SENTENCE = Pattern.compile("[.!?]\\s+\\p{L}");

  private HashlessHeadings() {}

  /** The level and text of the heading that {@code source} (a one-line paragraph) was meant as. */
  static Optional<Heading> of(String source) {
    if (source.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Matcher m = HASHLESS.matcher(source.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String text = m.group(2).strip();
    if (INNER_SENTENCE.matcher(text).find() || text.split("\\s+").length > 14) {
      return Optional.empty();
    }
    return Optional.of(new Heading(m.group(1).length(), text));
  }

  /** A heading's level and text, before pm's model places it. */
  record Heading(int level, String text) {}
}
