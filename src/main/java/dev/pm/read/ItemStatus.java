package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The status an item's own words give when no status column or checkbox does: a check-mark emoji,
 * {@code (DONE)}, "fixed in #123", "has been rolled out", "this is a work in progress", or an item
 * written in the past tense ("Removed the stale keys") in a follow-up list: a fix already made.
 */
final class ItemStatus {

  private static final Pattern DONE_MARK = Pattern.compile("[\\u2705\\u2714\\u2611\\u2713]|:white_check_mark:|:heavy_check_mark:");
  private static final Pattern DONE_WORDS = Pattern.compile(
      "(?i)\\b(?:(?:has|have) (?:already |now |since )?been (?:done|fixed|completed|implemented|rolled out|deployed|merged|"
          + "added|removed|withdrawn|updated|documented|resolved|addressed|created|enabled|disabled|configured|applied|released|set up)"
          + "|(?:fixed|resolved|addressed|merged|done|completed|implemented) (?:in|by|via|with) (?:#|pr|https?:|\\[)"
          + "|this (?:is|was) (?:now )?done|already (?:been )?(?:done|in place|implemented|fixed)|is now (?:in place|live|enabled|done))");
  private static final Pattern IN_PROGRESS_WORDS = Pattern.compile(
      "(?i)\\b(?:work in progress|in progress|we are (?:currently )?working on|is being (?:worked on|implemented|rolled out|developed)|"
          + "(?:are|is) (?:currently )?exploring|underway|ongoing)\\b|\\bwip\\b");
  /** A first word in the past tense or a participle: "Removed", "Reduced", "Alerts configured". */
  private static final Pattern PAST_FIRST = Pattern.compile(
      "^(?:we |we've |we have )?(?:added|removed|reduced|increased|updated|upgraded|fixed|implemented|created|enabled|disabled|"
          + "configured|deployed|rolled out|migrated|moved|changed|switched|documented|wrote|written|introduced|replaced|"
          + "rotated|revoked|patched|merged|released|tweaked|adjusted|advised|installed|extended|"
          + "improved|refactored|deleted|restricted|tightened|published|shipped|completed|finished|resolved|addressed)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST_END = Pattern.compile(
      "(?i)\\b(?:\\w+ed|written|done|set up|in place)(?:\\s+`?@[\\w.-]+`?)*(?:\\s+\\[[\\w -]+\\])?\\s*[.!]?$");

  private static final Pattern TRACKED_ONLY = Pattern.compile(
      "(?i)^(?:we )?(?:created|raised|opened|filed|added|logged|placed) (?:a |an )?(?:new )?(?:ticket|issue|story|backlog|jira|action item|task|card)\\b");

  private ItemStatus() {}

  /** What the text says about the item's status, if anything. */
  static Optional<ActionStatus> of(String text) {
    Optional<ActionStatus> inline = StatusNormalizer.findInText(text);
    if (inline.isPresent()) {
      return inline;
    }
    if (DONE_MARK.matcher(text).find() || DONE_WORDS.matcher(text).find()) {
      return Optional.of(ActionStatus.DONE);
    }
    if (IN_PROGRESS_WORDS.matcher(text).find()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    return Optional.empty();
  }

  /**
   * In a follow-up list, a past-tense item is a fix already made ("Removed ...", "Alerts
   * configured"). Not used for free text elsewhere, where the past tense tells what happened.
   */
  static boolean pastTense(String text) {
    String t = text.strip().replaceAll("^[\\[(][^\\])]{1,20}[\\])]\\s*", "");
    if (TRACKED_ONLY.matcher(t).find()) {
      return false; // "Created a ticket to add an alert": the work is tracked, not done
    }
    if (PAST_FIRST.matcher(t).find()) {
      return true;
    }
    // "Cron cleanup scheduled `@malte_j`": a short noun phrase closed by a participle.
    return t.length() < 60 && t.split("\\s+").length <= 6 && PAST_END.matcher(t).find() && !t.endsWith("?");
  }
}
