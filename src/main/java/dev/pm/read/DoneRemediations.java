package dev.pm.read;

import java.util.regex.Pattern;

/**
 * A sentence reporting a remediation already made, told in prose rather than listed: "We've added
 * alerts for disk usage", "We made the code more robust against a full disk", "Log rotation has
 * since been configured". Read in a follow-up paragraph, or (held to a lasting change) in the
 * resolution, these are done items; the steps that ended the incident ("we restarted the shipper",
 * "we rolled back the change") are not, and {@link NonItems#recovery} keeps them out.
 */
final class DoneRemediations {

  /** The writers report a change: "We've added", "We have now enabled", "We made", "We set up". */
  private static final Pattern WE_CHANGED =
      Pattern.compile(
          "(?iu)^(?:(?:since then|since the incident|after the incident|afterwards),?\\s+)?(?:we|the team)"
              + "(?:'ve| have)?(?: (?:also|now|since|additionally|further))? (?:\\p{L}{3,}ed|made|built|set up|wrote"
              + "|put in place|rewrote|rebuilt)\\b");

  /** A change said to have been made after the fact: "Log rotation has since been configured". */
  private static final Pattern SINCE_MADE =
      Pattern.compile(
          "(?iu)\\b(?:has|have) (?:since|now|also|additionally) been (?:\\p{L}{3,}ed|set up|put in place|built|made|rewritten)\\b"
              // the same told actively: "We have since published a fix", "We've since shipped"
              + "|\\b(?:has|have|'ve) since (?:\\p{L}{3,}ed|set up|put in place|built|made|rewritten)\\b");

  /** Verbs that tell what happened to the writers, not what they changed. */
  private static final Pattern NOT_A_CHANGE =
      Pattern.compile(
          "(?iu)\\b(?:noticed|realized|realised|learned|learnt|discovered|observed|received|decided|tried|attempted"
              + "|investigated|identified|confirmed|verified|waited|notified|paged|escalated|contacted|apologized|apologised)\\b");

  private DoneRemediations() {}

  /** True when {@code sentence} reports a remediation made, not a step of the response. */
  static boolean done(String sentence) {
    String s = sentence.strip();
    return s.length() >= 12
        && s.length() <= 300
        && (WE_CHANGED.matcher(s).find() || SINCE_MADE.matcher(s).find())
        && !NOT_A_CHANGE.matcher(s).find()
        && !NonItems.recovery(s);
  }

  /**
   * True when {@code sentence} reports a remediation that stays: said to hold since, or lasting.
   */
  static boolean doneSince(String sentence) {
    return done(sentence)
        && (SINCE_MADE.matcher(sentence).find() || LastingChanges.lasting(sentence));
  }
}
