package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Paragraph;
import dev.pm.model.SourceLine;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One item per sentence of a paragraph that a test picks out, at the line and column where the
 * sentence starts: how prose outside a follow-up list ("Log rotation has since been configured", a
 * status-page post's "We're carrying out maintenance ...") yields its items.
 */
final class SentenceItems {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  private SentenceItems() {}

  /**
   * Each sentence of {@code p} that {@code picked} accepts, as an item of status {@code status}.
   */
  static void read(
      Paragraph p, Predicate<String> picked, ActionStatus status, List<ActionItem> out) {
    read(p, Pattern.compile("^"), picked, status, out);
  }

  /**
   * As {@link #read(Paragraph, Predicate, ActionStatus, List)}, after {@code opening} on the first
   * line: the state a status-page update opens with ("Identified - ") is not part of any sentence.
   */
  static void read(
      Paragraph p,
      Pattern opening,
      Predicate<String> picked,
      ActionStatus status,
      List<ActionItem> out) {
    boolean first = true;
    for (SourceLine line : p.lines()) {
      String unmarked = MARKUP.matcher(line.markdown()).replaceAll("");
      String text = (first ? opening.matcher(unmarked).replaceFirst("") : unmarked).strip();
      first = false;
      for (String sentence : SENTENCE_END.splitAsStream(text).toList()) {
        if (picked.test(sentence)) {
          out.add(
              ActionItemExtractor.item(
                  ActionItem.Form.LINE,
                  sentence.strip(),
                  null,
                  status,
                  List.of(),
                  InlineEntries.at(line.at(), Math.max(0, text.indexOf(sentence)))));
        }
      }
    }
  }
}
