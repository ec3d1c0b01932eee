package dev.pm.read;

import dev.pm.model.ActionItem;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether two items word the same work: most of the shorter one's content words are in the other.
 */
final class Restatements {

  private static final Set<String> FILLER =
      Set.of(
          "the", "a", "an", "and", "or", "to", "of", "for", "in", "on", "at", "by", "with", "we",
          "will", "be", "is", "are", "our", "need", "needs", "should", "must", "this", "that", "it",
          "as", "so", "when", "while", "from", "into", "all", "any", "more", "also", "add", "make",
          "sure", "have", "has", "can", "going", "plan", "plans", "intend", "well");

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern ENDING = Pattern.compile("(?:ing|ed|es|e)$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Restatements() {}

  static boolean same(ActionItem a, ActionItem b) {
    Set<String> x = words(a.action().orElse(""));
    Set<String> y = words(b.action().orElse(""));
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    long shared = shorter.stream().filter(longer::contains).count();
    return shared >= 3 && shared * 2 >= shorter.size();
  }

  /**
   * Whether two items share most content words once word endings are set aside: "The smoke test
   * procedure should be automated" and "Automate the staging smoke tests".
   */
  static boolean sameStems(ActionItem a, ActionItem b) {
    Set<String> x = stems(a.action().orElse(""));
    Set<String> y = stems(b.action().orElse(""));
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    long shared = shorter.stream().filter(longer::contains).count();
    return shared >= 3 && shared * 2 >= shorter.size();
  }

  /**
   * Whether two wordings list the same work in two places ("Add an alert on disk usage" and "Alert
   * on disk usage."; "Rotate the logs daily" and "Rotating the logs daily"): the same content
   * words, word endings aside, one extra word at most. "Alert on disk usage" and "Alert on memory
   * usage" are two items.
   */
  static boolean sameWork(Set<String> x, Set<String> y) {
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    return shorter.size() >= 4
        && longer.containsAll(shorter)
        && longer.size() - shorter.size() <= 1;
  }

  /**
   * Whether two items written in different parts of one document restate the same work in other
   * words: a table row "Add alerting on replication lag" and, in a categorised list further down,
   * "Alert when replica lag exceeds 30 s". Every content word of the shorter wording is in the
   * longer one (a word and its derivation, "replica" and "replication", are one word), and the
   * longer adds at most two words of detail, a threshold or a partner. A different object ("disk
   * usage" for "lag") or a different action ("monitor" for "increase") keeps them two items. Only
   * for items in different sections: within one list, the author wrote two entries on purpose.
   */
  static boolean restated(Set<String> x, Set<String> y) {
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    if (shorter.size() < 3 || longer.size() - shorter.size() > 2) {
      return false;
    }
    return shorter.stream().allMatch(w -> longer.stream().anyMatch(v -> oneWord(w, v)));
  }

  /** "lag" and "lags", "replica" and "replication", "monitor" and "monitoring". */
  private static boolean oneWord(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter.equals(a) ? b : a;
    return longer.startsWith(shorter)
        && (shorter.length() >= 5
            || longer.length() == shorter.length() + (longer.endsWith("s") ? 1 : 0));
  }

  /** The content words of a wording, word endings aside. */
  static Set<String> stems(String text) {
    return words(text).stream()
        .map(w -> w.length() > 5 ? ENDING.matcher(w).replaceFirst("") : w)
        .collect(Collectors.toSet());
  }

  private static Set<String> words(String text) {
    return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> w.length() > 2 && !FILLER.contains(w))
        .map(w -> w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
