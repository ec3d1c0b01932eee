package dev.pm.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixes told in a line of prose under a fixes-made heading: "We added an alert on queue depth.
 * The consumer timeout was raised to 60 seconds." is two done items, one a sentence. A sentence
 * that left nothing lasting behind ("This took twenty minutes") is not one.
 */
final class FixSentences {

  /** A sentence end: a full stop, then a capital letter opening the next sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private FixSentences() {}

  /**
   * The lasting fixes of a line when it holds two or more sentences and at least one is a fix;
   * empty when the line is one sentence or none of them is a fix (the caller reads it whole).
   */
  static List<String> of(String line) {
    List<String> sentences = SENTENCE_END.splitAsStream(line.strip()).toList();
    if (sentences.size() < 2) {
      return List.of();
    }
    List<String> fixes = new ArrayList<>();
    for (String s : sentences) {
      if (LastingChanges.lasting(s)) {
        fixes.add(s.strip());
      }
    }
    return fixes;
  }

  /**
   * The lasting fixes of a line that also tells a recovery step ("We re-ran the failed job. The
   * pool limit was raised permanently."): the step ended the incident, the fix stays, and only the
   * fix is an item, a done one. Empty when no sentence of the line is a recovery step.
   */
  static List<String> besideRecovery(String line) {
    List<String> sentences = SENTENCE_END.splitAsStream(line.strip()).toList();
    if (sentences.size() < 2 || sentences.stream().noneMatch(NonItems::recovery)) {
      return List.of();
    }
    return of(line);
  }
}
