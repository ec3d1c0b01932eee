package dev.pm.read;

import java.util.regex.Pattern;

/**
 * An obligation stated for everyone, the way a lessons section words what it learnt: "Teams must
 * test upgrades on a testnet first", "Monitoring should cover the block rate", "Client upgrades
 * must be tested before mainnet", "It is necessary to coordinate upgrades", "Upgrades müssen immer
 * zuerst geprüft werden", "Il faut ...". Its subject is a kind of thing or people (a bare plural, a
 * gerund) or nobody at all, so no one is committed and nothing can be closed: a lesson, not an
 * item. "The runbook needs to be updated" and "Our alerting should be improved" name one thing to
 * change, and are not this.
 */
final class GeneralObligations {

  private static final Pattern OBLIGATION =
      Pattern.compile(
          "(?iu)^\\W*(?:it is|it's) (?:necessary|essential|important|crucial|vital|required|critical) (?:to|that)\\b"
              // a bare plural or a gerund, a word before it at most, then a modal of necessity
              + "|^\\W*(?!(?:the|our|this|that|these|those|a|an|we|i|you|it|its|their|my|his|her|any|all|every|each|no)\\b)"
              + "(?:[\\p{L}-]+\\s+)?[\\p{L}-]+(?<=[^aiou']s|ing)\\s+(?:must|should|need to|needs to|have to|has to|ought to)\\s+\\p{L}"
              + "|^\\W*(?:es ist (?:notwendig|wichtig|erforderlich|unerlässlich)|man (?:muss|sollte)"
              + "|il (?:faut|est (?:nécessaire|essentiel|important) de)|hay que|es (?:necesario|importante|esencial))\\b"
              + "|^\\W*(?:[\\p{L}-]+\\s+)?[\\p{L}-]+\\s+(?:müssen|sollten|sollen|doivent|deben|devem)"
              + "\\s+(?:immer|stets|grundsätzlich|zuerst|toujours|siempre|sempre)\\b");

  private GeneralObligations() {}

  /** True when {@code text} states an obligation for everyone rather than work someone will do. */
  static boolean states(String text) {
    return OBLIGATION.matcher(text).find();
  }
}
