package dev.pm.read;

import java.util.regex.Pattern;

/**
 * Whether a line tells someone outside the team what to do ("Node operators should do all of the
 * following", "Operators running archive nodes must upgrade", "We recommend that all validators
 * enable ...", "Users are advised to rotate their keys", "Please upgrade"): advice to readers,
 * which the counting rule does not count as the organisation's follow-up work.
 */
final class Instructions {

  /** The people a post-mortem advises: they act on their own systems, nobody here tracks it. */
  private static final String AUDIENCE =
      "(?:operators?|users?|customers?|clients?|validators?|admins?|administrators?|maintainers?"
          + "|developers?|integrators?|partners?|self-hosters?)";

  private static final Pattern ADDRESSED =
      Pattern.compile(
          "(?i)^\\W*(?:please\\b|if you\\b"
              + "|you(?:'ll| will)? (?:should|must|need|can|may|have to)\\b"
              // "Node operators should", "Operators who run v2.4.0 should", "Users are advised to"
              + "|(?:all |any |the )?(?:[\\w-]+ ){0,2}?"
              + AUDIENCE
              + "\\b[^;:]{0,40}?\\b(?:should|must|need to|have to|are (?:advised|encouraged|asked|urged|recommended) to)\\b"
              // "We recommend that all validators enable ...", "It is recommended that operators"
              + "|we (?:strongly )?(?:recommend|advise|encourage|urge|ask)\\b(?: that)? (?:all |any |the )?(?:[\\w-]+ ){0,2}?"
              + AUDIENCE
              + "\\b|it is (?:strongly )?(?:recommended|advised) (?:that|for)\\b)");

  private Instructions() {}

  static boolean addressed(String text) {
    return ADDRESSED.matcher(text).find();
  }
}
