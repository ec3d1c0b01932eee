package dev.pm.read;

import java.util.List;

/**
 * Where sentences break, found by one scan of characters rather than by a pattern tried at every
 * position: the reading layer splits every paragraph of every file, and a look-behind pattern's try
 * at each character was one of its larger costs on a cold run. Each scan finds exactly what its
 * pattern (named in its comment, and checked against it by {@code SentenceBreaksTest}) finds.
 */
final class SentenceBreaks {

  private SentenceBreaks() {}

  /**
   * The breaks between a paragraph's sentences as {@link Commitments} reads them, in the way of
   * {@link java.util.regex.Matcher#find()}: the pattern {@code
   * (?<=[.!?])\s+(?=[A-Z\[])|(?<=[。！？])\s*(?=[^\s。！？])}, a full stop and a capital, or a Chinese or
   * Japanese full stop, which takes no space after it (that break may be empty).
   */
  static final class Commitment {

    private final String text;
    private int start = -1;
    private int end;

    Commitment(String text) {
      this.text = text;
    }

    /** Finds the next break; false when there is none. */
    boolean find() {
      // After an empty break the search moves on one character, as Matcher.find does.
      int i = start >= 0 && start == end ? end + 1 : end;
      for (; i < text.length(); i++) {
        char before = i > 0 ? text.charAt(i - 1) : 0;
        if (before == '.' || before == '!' || before == '?') {
          int after = spacesFrom(text, i);
          if (after > i && after < text.length() && opensLatinSentence(text.charAt(after))) {
            return found(i, after);
          }
        } else if (before == '\u3002' || before == '\uff01' || before == '\uff1f') {
          int after = spacesFrom(text, i);
          if (after < text.length() && !isCjkStop(text.charAt(after))) {
            return found(i, after);
          }
        }
      }
      start = -1;
      end = text.length();
      return false;
    }

    private boolean found(int from, int to) {
      start = from;
      end = to;
      return true;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    private static boolean opensLatinSentence(char c) {
      return (c >= 'A' && c <= 'Z') || c == '[';
    }

    private static boolean isCjkStop(char c) {
      return c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }
  }

  /**
   * Splits a paragraph or list item into the pieces {@link ProseText} reads, as {@code
   * Pattern.split(text, -1)} with {@code (?<=[.!?])\s+(?=[A-Z(\[*_`"])|\n\s*\n} splits it: a full
   * stop and what opens a sentence (a capital, a bracket, emphasis, a quote), or a blank line.
   */
  static void splitProse(String text, List<String> out) {
    int piece = 0;
    int i = 0;
    while (i < text.length()) {
      int to = proseBreakAt(text, i);
      if (to < 0) {
        i++;
        continue;
      }
      out.add(text.substring(piece, i));
      piece = to;
      i = to;
    }
    out.add(text.substring(piece));
  }

  /** Where a break starting at {@code i} ends, or -1 when none starts there. */
  private static int proseBreakAt(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : 0;
    if (before == '.' || before == '!' || before == '?') {
      int after = spacesFrom(text, i);
      if (after > i && after < text.length() && opensProseSentence(text.charAt(after))) {
        return after;
      }
    }
    if (text.charAt(i) == '\n') {
      // \s* is greedy, then gives back up to the last line break of the run.
      int run = spacesFrom(text, i + 1);
      for (int j = run - 1; j > i; j--) {
        if (text.charAt(j) == '\n') {
          return j + 1;
        }
      }
    }
    return -1;
  }

  private static boolean opensProseSentence(char c) {
    return (c >= 'A' && c <= 'Z')
        || c == '('
        || c == '['
        || c == '*'
        || c == '_'
        || c == '`'
        || c == '"';
  }

  /** The end of the run of white space ({@code \s}: space, tab, line breaks) from {@code i}. */
  private static int spacesFrom(String text, int i) {
    int j = i;
    while (j < text.length() && isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * {@code \s} without the Unicode flag: space, tab, line feed, vertical tab, form feed, return.
   */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
