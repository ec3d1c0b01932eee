package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A status-page update is a timeline entry ({@link StatusUpdates}), but its last post often starts
 * the follow-up: "We're carrying out maintenance this evening to reduce the likelihood of this
 * happening again", "Es wird mit der Aufarbeitung des Vorfalls begonnen" (the review of the
 * incident is starting). Such a sentence is work under way: one item, in progress. "We will provide
 * an update" and "we are monitoring the results" are not.
 */
final class PostedCommitments {

  /** Work being done now, said to make a recurrence less likely. */
  private static final Pattern PREVENTING =
      Pattern.compile(
          "(?iu)\\b(?:we(?:'re| are)|the team is) (?:now |currently )?(?:carrying out|performing|doing|running|rolling out"
              + "|deploying|implementing|scheduling|working on|making)\\b.{0,120}?\\bto (?:further )?(?:reduce|prevent|avoid|lower|minimi[sz]e|limit)"
              + "\\b.{0,60}?\\b(?:likelihood|recurrence|risk|chance|happening again|from happening|impact of future)");

  /**
   * The review of the incident begun or under way: "Aufarbeitung ... begonnen", "review has begun".
   */
  private static final Pattern REVIEW_BEGUN =
      Pattern.compile(
          "(?iu)\\b(?:aufarbeitung|nachbereitung|analyse) (?:des|der) (?:vorfalls|störung|ausfalls|incidents)\\b.{0,40}?\\b(?:begonnen|gestartet|läuft)"
              + "|\\b(?:post-?mortem|post-?incident review|root cause analysis|review of (?:the|this) incident)"
              + " (?:has|have) (?:begun|started|been started)\\b");

  /**
   * What every update promises and no one tracks: another update, watching, keeping people
   * informed, and the apology. "We will continue to monitor", "Wir beobachten die Lage", "Wir
   * werden Sie informieren".
   */
  private static final Pattern NO_WORK =
      Pattern.compile(
          "(?iu)\\b(?:provide|post|share|send|give) (?:an? |another |further |more |the next |regular )?(?:updates?|details|information)\\b"
              + "|\\b(?:next|another|further) update\\b|\\bupdate (?:this|you|the status)\\b"
              + "|\\b(?:continue|keep) (?:to )?(?:monitor|watch|observe|investigat)\\w*|\\bmonitor (?:the situation|closely|progress|the results)"
              + "|\\bkeep (?:you|everyone|customers)|\\blet you know\\b|\\bfollow up with you\\b|\\bapologi[sz]e|\\bsorry\\b"
              + "|\\b(?:will (?:not|never)|werden (?:sie|euch) (?:informieren|auf dem laufenden)|weiter beobachten)\\b"
              + "|\\b(?:aktualisierung|tiendrons informés|informaremos|actualizaci[oó]n)\\b");

  private PostedCommitments() {}

  /** True when a sentence of a posted update promises follow-up work still to do. */
  static boolean promises(String sentence) {
    return Promises.opens(sentence) && !NO_WORK.matcher(sentence).find();
  }

  /** True when a sentence of a posted update starts follow-up work. */
  static boolean commits(String sentence) {
    return PREVENTING.matcher(sentence).find() || REVIEW_BEGUN.matcher(sentence).find();
  }

  /** The commitments of every posted update in {@code section} and the sections under it. */
  static void read(Section section, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p && !p.quoted() && StatusUpdates.posted(p)) {
        SentenceItems.read(p, PostedCommitments::commits, ActionStatus.IN_PROGRESS, out);
        SentenceItems.read(
            p, StatusUpdates.STATE_OPENING, PostedCommitments::promises, ActionStatus.OPEN, out);
      }
    }
    section.children().forEach(c -> read(c, out));
  }
}
