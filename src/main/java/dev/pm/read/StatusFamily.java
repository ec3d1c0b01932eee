package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word a written status is a spelling of, so that lint can tell a document that spells one
 * status several ways ({@code In progress}, {@code in-progress}, {@code WIP}) from one that names
 * several states ({@code In Review}, {@code In QA}, {@code Awaiting deploy}) which all read as in
 * progress.
 *
 * <p>A known synonym of a status word is a spelling of that status ({@code ofStatus}): the family
 * is the status. Anything else (a tracker stage, a word of the template's own vocabulary) is its
 * own word: the family is its letters and digits in lower case, so {@code In QA} and {@code in-qa}
 * are one word spelled two ways, while {@code In QA} and {@code In Review} are two words.
 *
 * @param word the status's wire name when {@code ofStatus}, else the folded word
 * @param ofStatus true when the text is a plain synonym of a status word
 */
public record StatusFamily(String word, boolean ofStatus) {

  /**
   * Synonyms the reader maps to the nearest status the model has, though each names a state of its
   * own: a stage a change waits at or has passed, work stuck, a change tried and taken back.
   */
  private static final Set<String> OWN_STATES =
      Set.of("in review", "blocked", "merged", "shipped", "failed", "reverted", "did not work");

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Plain synonyms by their folded letters: "in-progress", "In Progress", "inprogress" alike. */
  private static final Map<String, ActionStatus> PLAIN_SYNONYMS =
      StatusNormalizer.synonyms().entrySet().stream()
          .filter(e -> !OWN_STATES.contains(e.getKey()))
          .filter(e -> !fold(e.getKey()).isEmpty())
          .collect(
              Collectors.toMap(e -> fold(e.getKey()), Map.Entry::getValue, StatusFamily::same));

  /**
   * The family of a status as written.
   *
   * @param markdown the status cell's text
   * @return the status it is a spelling of, or the word it is
   */
  public static StatusFamily of(String markdown) {
    String plain = StatusNormalizer.plain(markdown);
    String folded = fold(plain);
    // the exact synonym first: a mark such as a check mark has no letters to fold
    ActionStatus status =
        OWN_STATES.contains(plain)
            ? null
            : StatusNormalizer.synonyms().getOrDefault(plain, PLAIN_SYNONYMS.get(folded));
    if (status != null) {
      return new StatusFamily(status.wireName(), true);
    }
    return new StatusFamily(folded.isEmpty() ? plain : folded, false);
  }

  private static String fold(String plain) {
    return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
  }

  /** Two synonyms that fold alike must mean the same; a table that says otherwise is a bug. */
  private static ActionStatus same(ActionStatus a, ActionStatus b) {
    if (a != b) {
      throw new IllegalStateException("status synonyms fold alike but mean " + a + " and " + b);
    }
    return a;
  }
}
