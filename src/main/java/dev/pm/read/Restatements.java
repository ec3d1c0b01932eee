package dev.pm.read;

import dev.pm.model.ActionItem;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two items word the same work: most of the shorter one's content words are in the other.
 */
final class Restatements {

  private static final Set<String> FILLER =
      Set.of(
          "the", "a", "an", "and", "or", "to", "of", "for", "in", "on", "at", "by", "with", "we",
          "will", "be", "is", "are", "our", "need", "needs", "should", "must", "this", "that", "it",
          "as", "so", "when", "from", "into", "all", "any", "more", "also", "add", "make", "sure",
          "have", "has", "can", "going", "plan", "plans", "intend", "well");

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

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 2 && !FILLER.contains(w))
        .map(w -> w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
