package dev.pm.read;

import java.util.regex.Pattern;

/**
 * Lines in a follow-up list that the counting rule does not count, told apart by what they say
 * rather than where they stand: advice to people outside the team ({@link Instructions}), insights,
 * hindsight and standing rules that commit to no piece of work, the story of the incident, timeline
 * entries, and a line saying there is nothing to do.
 */
final class NonItems {

  /** "If we had ..., we could have ...": hindsight, a lesson that commits to nothing. */
  private static final Pattern HINDSIGHT =
      Pattern.compile(
          "(?i)^\\W*(?:if (?:we|they|i) had|had we)\\b.*\\b(?:could|would|might) have\\b");

  /** "The team then raised a ticket": the story of the incident, a step taken during it. */
  private static final Pattern NARRATIVE =
      Pattern.compile("^\\W*(?:The team|We|They) then \\w+ed\\b");

  /**
   * "Always canary config pushes", "Never push on a Friday", "Be careful with wildcards": a rule to
   * keep, not a change anyone can finish and close. "Avoid drift by ..." and "Do not use one
   * person's address for ..." are left out: people count those as changes to make.
   */
  private static final Pattern STANDING_RULE =
      Pattern.compile(
          "(?i)^\\W*(?:always|never|be (?:careful|mindful|aware|cautious)"
              + "|remember to|keep in mind|as a rule)\\b");

  /**
   * "14:00 — Rolled back", "Mar 3, 10:15 Review held", "2026-03-03 09:12 Paged": an entry opening
   * with the clock time it happened is a timeline entry, wherever it is listed.
   */
  private static final Pattern TIMED =
      Pattern.compile(
          "(?i)^\\W*(?:(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?)"
              + "[,\\sT]+)?(?:at )?\\d{1,2}:\\d{2}\\b");

  /**
   * "We learned that ...", "It became clear that ...", "This showed that ...", "Lesson: ...": an
   * insight, which commits to nothing, listed among the items.
   */
  private static final Pattern LESSON =
      Pattern.compile(
          "(?i)^\\W*(?:(?:we|i|the team) (?:learned|learnt|realized|realised|noticed|observed|discovered)\\b"
              + "|it (?:became|was|is) (?:clear|apparent|evident|obvious)\\b"
              + "|this (?:showed|shows|demonstrated|highlighted|proved)\\b"
              + "|(?:lessons?(?: learned| learnt)?|takeaways?|insights?|learnings?)\\s*:)");

  /** "N/A", "None.", "No action required", "Nothing further": says there is no item. */
  private static final Pattern NOTHING =
      Pattern.compile(
          "(?i)^\\W*(?:n/?a|none|nothing(?: (?:further|else|to do))?|not applicable"
              + "|no (?:further )?(?:actions?|follow[- ]?ups?|changes?|items?)(?: (?:required|needed|planned|identified))?)\\W*$");

  private NonItems() {}

  /** True when a line of a follow-up list is not an item by the counting rule. */
  static boolean notAnItem(String text) {
    return Instructions.addressed(text)
        || HINDSIGHT.matcher(text).find()
        || NARRATIVE.matcher(text).find()
        || STANDING_RULE.matcher(text).find()
        || TIMED.matcher(text).find()
        || NOTHING.matcher(text).find()
        || LESSON.matcher(text).find();
  }
}
