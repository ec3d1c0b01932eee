package dev.pm.read;

import java.util.regex.Pattern;

/**
 * Whether a line tells someone outside the team what to do ("Node operators should do all of the
 * following", "You should check your logs", "Please upgrade"): advice to readers, which the
 * counting rule does not count as the organisation's follow-up work.
 */
final class Instructions {

  private static final Pattern ADDRESSED =
      Pattern.compile(
          "(?i)^\\W*(?:please\\b"
              + "|you(?:'ll| will)? (?:should|must|need|can|may|have to)\\b"
              + "|(?:all |any )?(?:[\\w-]+ )?(?:operators?|users?|customers?|clients?|admins?|administrators?"
              + "|maintainers?|developers?) (?:should|must|need to|are (?:advised|encouraged|asked) to)\\b)");

  private Instructions() {}

  static boolean addressed(String text) {
    return ADDRESSED.matcher(text).find();
  }
}
