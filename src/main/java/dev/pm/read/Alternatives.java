package dev.pm.read;

import java.util.regex.Pattern;

/**
 * A sentence that offers a choice of ways to do one piece of work: "We will fix this by doing one
 * of:", "choosing one of the following options:", "with one of these alternatives:". The entries
 * under it are the options, of which one will be done: the sentence is the item, the options are
 * notes on it, not items of their own.
 */
final class Alternatives {

  private static final Pattern CHOICE =
      Pattern.compile(
          "(?i)\\b(?:one of|either of|any of|choos(?:e|ing) (?:between|among|from|one)|decide between"
              + "|(?:following|these|those|possible) (?:options|alternatives|choices)"
              + "|(?:options|alternatives|choices) (?:are|include))\\b[^.!?]{0,80}:\\s*$");

  private Alternatives() {}

  /** True when {@code text} ends introducing options, one of which will be done. */
  static boolean introduces(String text) {
    return text.length() <= 400 && CHOICE.matcher(text.strip()).find();
  }
}
