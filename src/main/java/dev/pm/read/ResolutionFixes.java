package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The resolution of an incident holds the steps that ended it ("We restarted the log shipper and
 * rolled back the change", "- Failed over to the second region") and, often, a lasting fix made
 * since ("Log rotation has since been configured on every host", "- Added an alert on the error
 * rate", "The pool limit was raised permanently"). The steps are not items; the fix is a done item,
 * told in a sentence of prose or as an entry of a list.
 */
final class ResolutionFixes {

  /**
   * "Resolution", "Recovery", "Resolution and recovery", "Lösung", "Résolution", "Resolución",
   * "解決": how this incident was ended.
   */
  private static final Pattern RESOLUTION =
      Pattern.compile(
          "^(?:the )?(?:resolution|recovery)(?: and (?:recovery|resolution|mitigation))?$"
              + "|^(?:lösung|behebung|störungsbehebung|résolution|resolución|solución|resolução|解決|解消|復旧)"
              + "(?: (?:und|et|y|e) \\p{L}+)?$");

  /**
   * A change told as made, in the passive or the perfect: "The limit was raised permanently", "A
   * check has been added", "Eine Prüfung wurde dauerhaft aufgenommen", "Une alerte a été ajoutée".
   */
  private static final Pattern TOLD_MADE =
      Pattern.compile(
          "(?iu)\\b(?:was|were|has been|have been|got)\\s+(?:\\p{L}+ly\\s+)?\\p{L}{3,}(?:ed|en|t|up)\\b"
              + "|\\b(?:wurden?|ist|sind)\\b.{0,80}\\b\\p{L}*ge\\p{L}+(?:t|en)\\b|\\b(?:a|ont) été\\b|\\bse (?:ha|han)\\b");

  /**
   * Words of the response rather than of a fix that stays: a revert or rollback, a workaround or a
   * temporary change, a safeguard relaxed to let traffic through (an exclusion, a bypass, an
   * allow-list, a silenced alert), an attempt, a manual step, a ticket filed for later.
   */
  private static final Pattern RESPONSE =
      Pattern.compile(
          "(?iu)\\b(?:revert\\w*|roll(?:ed|ing)? ?back|rollback|workarounds?|temporar\\w*|attempt\\w*|initially"
              + "|exclusions?|exceptions?|bypass\\w*|allow-?list\\w*|whitelist\\w*|silenc\\w*|disabled?|filed|tickets?"
              + "|manual(?:ly)?|could not|couldn't|unable)\\b");

  private static final Pattern SENTENCE_START = Pattern.compile("^\\W*[\\p{Lu}\\d]");

  /** "Recovery" alone, "Wiederherstellung": how service came back, not what was changed. */
  private static final Pattern RECOVERY_ONLY =
      Pattern.compile("^(?:the )?(?:recovery|wiederherstellung|rétablissement|recuperación|復旧)$");

  private ResolutionFixes() {}

  /** True when a heading names how the incident was resolved. */
  static boolean names(String heading) {
    return heading.length() <= 80 && RESOLUTION.matcher(FollowUps.normalize(heading)).matches();
  }

  /** The lasting fixes told in the section's own paragraphs and lists, each a done item. */
  static void read(Section section, List<ActionItem> out) {
    // under "Recovery" only a change said to hold since is a fix: the rest is how service came back
    boolean recovery =
        RECOVERY_ONLY.matcher(FollowUps.normalize(section.heading().text())).matches();
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p && !p.quoted()) {
        SentenceItems.read(
            p,
            recovery ? DoneRemediations::doneSince : ResolutionFixes::fixMade,
            ActionStatus.DONE,
            out);
      } else if (block instanceof ListBlock list && !recovery) {
        for (ListItem entry : list.items()) {
          if (entry.task() == ListItem.TaskState.NONE && fixListed(entry.text())) {
            out.add(
                ActionItemExtractor.item(
                    ActionItem.Form.BULLET,
                    entry.text().strip(),
                    null,
                    ActionStatus.DONE,
                    entry.links(),
                    entry.at()));
          }
        }
      }
    }
  }

  /**
   * A sentence telling a lasting fix made: "A patch ... has since been deployed", "The limit was
   * raised permanently". Not a step of the response told in the same words.
   */
  static boolean fixMade(String sentence) {
    return DoneRemediations.doneSince(sentence)
        || (SENTENCE_START
                .matcher(sentence)
                .find() // not the rest of one wrapped from the line above
            && LastingChanges.lasting(sentence)
            && TOLD_MADE.matcher(sentence).find()
            && !RESPONSE.matcher(sentence).find());
  }

  /** "Added an alert on the error rate", not "Failed over" or "Cleared the cache". */
  private static boolean fixListed(String entry) {
    return (ItemStatus.pastTense(entry) || TOLD_MADE.matcher(entry).find())
        && LastingChanges.lasting(entry)
        && !RESPONSE.matcher(entry).find();
  }
}
