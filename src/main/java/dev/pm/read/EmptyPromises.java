package dev.pm.read;

import java.util.regex.Pattern;

/**
 * "We will" sentences that promise no piece of work anyone could track: about the document itself
 * ("We will focus on X for the remainder of this post-mortem", "In this post we will explain ..."),
 * about keeping readers informed ("We will continue to update this page", "We will keep you
 * posted", "We will share more details as we learn them"), and values ("We are committed to
 * learning from this", "We take this seriously and will do better"). They read like commitments and
 * stand in any section, follow-up lists included; "We will continue to migrate the remaining
 * shards" names work and is not one of them.
 */
final class EmptyPromises {

  /** The document speaking of itself: "for the remainder of this post", "in this write-up". */
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(?iu)\\b(?:in|for|throughout|(?:the )?(?:rest|remainder) of) (?:this|the following) (?:post(?:-?mortem)?"
              + "|report|document|write-?up|article|blog(?: post)?|retrospective|section|rca)\\b"
              + "|\\bwill (?:now |first |then )?(?:focus on|look at|start (?:with|by)|begin (?:with|by)|dive into|summari[sz]e|recap"
              + "|present|take a (?:closer |deeper )?look)\\b[^.]{0,80}\\b(?:below|here|this (?:post|report|document|write-?up|section))\\b"
              + "|\\bwerden (?:wir )?(?:im|in diesem) (?:folgenden|bericht|beitrag|dokument)\\b"
              + "|\\bdans (?:ce|cet) (?:article|rapport|billet|document)\\b");

  /**
   * Keeping readers informed: "continue to update this page", "keep you / customers posted", "share
   * more details as we learn them", "share what we learn", "provide further updates", "Wir werden
   * diese Seite weiter aktualisieren", "Nous vous tiendrons informés".
   */
  private static final Pattern INFORMING =
      Pattern.compile(
          "(?iu)\\b(?:update|updating) (?:this (?:page|post|report|incident|thread)|you|everyone|our customers)\\b"
              + "|\\bkeep(?:ing)? (?:you|everyone|all of you|our (?:customers|users|community)|customers|users|the community)"
              + " (?:posted|informed|updated|up to date|in the loop)\\b"
              + "|\\bshare (?:more|further|additional|any (?:new|further)|new) (?:details|information|updates|news|findings)\\b"
              + "|\\b(?:continue to|will) share (?:what|anything|everything) we (?:learn|find|discover)\\b"
              + "|\\bprovide (?:an? |more |further |additional |regular |periodic )?(?:updates?|details|information)"
              + "\\b(?! (?:to|on|in) (?:the|our) (?:status page|on-call|runbook)\\b)"
              + "|\\bpost (?:an? )?(?:further |more |additional |regular |final )?updates?\\b"
              + "|\\bfollow up with (?:an? |the |our )?(?:detailed |full |complete |further |more |final )?"
              + "(?:report|post-?mortem|update|rca|write-?up|analysis|details)\\b"
              + "|\\bshare (?:our |more on our )?progress\\b"
              + "|\\blet you know\\b|\\bbe in touch\\b"
              + "|\\b(?:diese seite|den beitrag|sie) (?:weiter(?:hin)? )?(?:aktualisieren|auf dem laufenden halten)\\b"
              + "|\\bvous (?:tiendrons|tenir) informés?\\b|\\bmettre à jour (?:cette page|ce billet)\\b"
              + "|\\bmantendremos informad");

  /**
   * Values and reassurance: "committed to learning from this", "take this seriously", "will do
   * better", "learn from this incident", "earn back your trust".
   */
  private static final Pattern VALUES =
      Pattern.compile(
          "(?iu)\\b(?:committed|dedicated) to (?:(?:continuous(?:ly)? |constant(?:ly)? )?(?:learning|improvement|doing better"
              + "|improving(?=\\W*$| (?:and|from|on this|every day|continuously)\\b)"
              + "|getting better|transparency|being (?:transparent|open)|openness|honesty|excellence|quality|our (?:customers|users|community)"
              + "|(?:providing|delivering|offering|running)(?: you| our (?:customers|users))?(?: with)? (?:a |an |the )?(?:reliable|stable|secure|high|great|trustworthy|best)"
              + "|the (?:reliability|stability|security|availability|quality|trust)|(?:earning|regaining|rebuilding|keeping|maintaining)"
              + " (?:your |the |our customers' )?trust|making (?:this|things|it) right|reliability|security|availability))\\b"
              + "|\\btake (?:this|it|these|incidents?|reliability|our responsibility)(?: \\w+){0,2} (?:very )?seriously\\b"
              + "|\\b(?:will|must|need to|want to|strive to) do better\\b"
              + "|\\b(?:will |to |continue to |always )learn from (?:this|it|these|our|every|each|the incident|mistakes)\\b"
              + "|\\b(?:earn|regain|win) back (?:your|the|our customers') trust\\b"
              + "|\\bstrive to (?:improve|be better|do better|learn)\\b");

  /**
   * The writers speaking for themselves: "Keep customers informed during incidents" without them is
   * a process change a follow-up list may hold.
   */
  private static final Pattern WRITERS =
      Pattern.compile(
          "(?iu)\\b(?:we|we'll|we're|i|our|wir|nous|nosotros|mantendremos|seguiremos)\\b");

  private EmptyPromises() {}

  /** True when {@code sentence} promises only to tell, to keep readers informed, or to care. */
  static boolean said(String sentence) {
    return WRITERS.matcher(sentence).find()
        && (DOCUMENT.matcher(sentence).find()
            || INFORMING.matcher(sentence).find()
            || VALUES.matcher(sentence).find());
  }
}
