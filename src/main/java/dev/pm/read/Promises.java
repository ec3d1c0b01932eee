package dev.pm.read;

import java.util.regex.Pattern;

/**
 * A sentence or entry that opens with the writers promising to do something: "We will perform
 * maintenance this evening", "We'll also add disk alerts", "We are going to move the queue", "Wir
 * werden heute Abend die Festplatte austauschen", "Nous allons remplacer le disque", "Vamos a
 * reemplazar el disco". What they promise decides whether it is work; this says only who commits.
 */
final class Promises {

  private static final Pattern OPENS =
      Pattern.compile(
          "(?iu)^\\W*(?:[\\p{L} ]{1,30},\\s*)?(?:we(?:'ll| will| are going to|'re going to| plan to| intend to)"
              + "|wir werden|nous allons|vamos a)"
              + "(?:\\s+(?:also|now|then|auch|noch|aussi|también))?\\s+\\p{L}");

  private Promises() {}

  /** True when {@code text} opens with the writers' promise. */
  static boolean opens(String text) {
    return OPENS.matcher(text).find();
  }
}
