package dev.pm.read;

import java.util.regex.Pattern;

/**
 * A follow-up-sounding list inside the findings: "### Monitoring improvements" under "What went
 * wrong", "**Recommendations**" under "Lessons learned", "### Improvements needed" under
 * "Detection". When the document keeps its follow-ups elsewhere, such a list is what the writers
 * wished they had had, never adopted as work: not items, though a checkbox in it still is. Under a
 * follow-up heading the same list is work.
 */
final class WishLists {

  /** Sections about what failed or was found, beyond the reflections {@link FollowUps} knows. */
  private static final Pattern FINDINGS =
      Pattern.compile(
          "\\bdetection\\b|\\bhow (?:we|it was) (?:detected|noticed|found)\\b|\\bwhat (?:didn't|did not) go well\\b"
              + "|\\b(?:could|should) have (?:gone|been done|done) better\\b|\\bgaps?\\b|\\bproblems?\\b|\\bchallenges\\b"
              + "|\\bfindings?\\b|\\bobservations?\\b");

  /** Heading words that adopt the list as work wherever it stands: actions, next steps, to-dos. */
  private static final Pattern ADOPTED =
      Pattern.compile(
          "\\bactions?\\b|\\bfollow[- ]?(?:ups?|on)\\b|\\bfollowups?\\b|\\bnext steps?\\b|\\bremediat|\\bto-?dos?\\b"
              + "|\\btasks?\\b|\\bcorrective\\b|\\bprevent|\\bplan(?:ned|s)?\\b|\\bgoing forward\\b|\\bmoving forward\\b"
              + "|\\bwe(?:'ll| will| are| plan)\\b|\\bwill be\\b|\\bcommitted\\b");

  private WishLists() {}

  /** True when a heading opens the findings: what went wrong, detection, lessons, the analysis. */
  static boolean findings(String heading) {
    return FollowUps.namesReflection(heading)
        || (heading.length() <= 200 && FINDINGS.matcher(FollowUps.normalize(heading)).find());
  }

  /**
   * True when a follow-up-sounding heading inside the findings names work adopted ("Action items",
   * "Next steps") rather than improvements wished for.
   */
  static boolean adopts(String heading) {
    return heading.length() <= 200 && ADOPTED.matcher(FollowUps.normalize(heading)).find();
  }
}
