package dev.pm.read;

import java.util.regex.Matcher;
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

  /**
   * "A hang with no prompt is almost always the initramfs", "Such alerts are usually noise": a
   * generalisation drawn from the incident, knowledge rather than a change to make.
   */
  private static final Pattern GENERALISATION =
      Pattern.compile(
          "(?i)\\b(?:is|are) (?:almost|nearly|virtually) (?:always|never)\\b"
              + "|\\b(?:is|are) (?:usually|typically|generally|often|rarely)\\b");

  /** "Structural: see the Mitigation section below": a pointer to items listed elsewhere. */
  private static final Pattern POINTER =
      Pattern.compile(
          "(?i)(?:^|:\\s*)(?:see|refer to)\\b[^.]{0,60}\\b(?:section|below|above)\\b\\W*$");

  /**
   * "Immediate (morning): Manually re-issued the deploy": a step labelled immediate or temporary,
   * told in the past, was taken to end the incident.
   */
  private static final Pattern IMMEDIATE_LABEL =
      Pattern.compile(
          "(?i)^\\W*(?:immediate(?:ly)?|temporary|workaround|stop-?gap|hotfix)\\b[^:]{0,40}:\\s*(\\S.*)$");

  private static final Pattern ADVERB = Pattern.compile("(?i)^\\p{L}+ly\\s+");

  /** "N/A", "None.", "No action required", "Nothing further": says there is no item. */
  private static final Pattern NOTHING =
      Pattern.compile(
          "(?i)^\\W*(?:n/?a|none|nothing(?: (?:further|else|to do))?|not applicable"
              + "|no (?:further )?(?:actions?|follow[- ]?ups?|changes?|items?)(?: (?:required|needed|planned|identified))?)\\W*$");

  /**
   * "No further actions are needed.", "There is nothing else to do", "Es sind keine weiteren
   * Maßnahmen erforderlich", "Aucune autre action n'est nécessaire": a sentence saying there is no
   * item, in the languages post-mortems are written in.
   */
  private static final Pattern NOTHING_SAID =
      Pattern.compile(
          "(?iu)^\\W*(?:no (?:further|other|more|additional) (?:actions?|follow[- ]?ups?|work|changes?|steps)"
              + " (?:are |is )?(?:required|needed|necessary|planned)"
              + "|there (?:is|are) (?:nothing|no (?:further|other|more) (?:actions?|work))(?: (?:else|more|further))?"
              + " (?:to (?:do|be done)|required|needed)"
              + "|(?:es sind |es gibt )?keine (?:weiteren |anderen )?(?:maßnahmen|massnahmen|schritte)"
              + "(?: sind)? (?:erforderlich|notwendig|nötig|geplant)?"
              + "|aucune (?:autre |nouvelle )?action (?:supplémentaire )?(?:n'est )?(?:nécessaire|requise)"
              + "|no se requieren? (?:más |otras )?acciones|ninguna (?:otra )?acción (?:adicional )?(?:es )?(?:necesaria|requerida))");

  /**
   * "Validators rolled back their state", "Operators were asked to resume": a subject, then a verb
   * in the past within its first words; with {@link ItemStatus#pastTense}, a step already taken.
   */
  private static final Pattern SUBJECT_PAST =
      Pattern.compile(
          "(?i)^\\W*(?:(?:the|all|most|some|our|a few)\\s+)?[\\p{L}\\d-]+\\s+(?:(?!(?:the|a|an|its|their|our|this|that|new|old)\\s)\\p{L}+\\s+)?"
              + "(?:(?:was|were|had|got)\\b|(?!need|feed|seed|speed)\\p{L}{2,}ed\\b)");

  /**
   * "Restarted the scheduler", "Restored the dumps from the replica", "Granted access again",
   * "Re-ran the jobs by hand": a step that brought service or data back, not a change to the cause.
   */
  private static final Pattern RECOVERY =
      Pattern.compile(
          "(?i)^\\W*(?:we |then |(?:manually|temporarily|quickly) )?(?:restarted|rebooted|rolled back|restored|recovered|failed over"
              + "|re-?ran|replayed|resumed|re-?enabled|re-?started|purged|flushed|cleared|killed|drained"
              + "|scaled (?:up|back|out)|paused|unpaused|power[- ]?cycled)\\b"
              // told passively, an adverb or none: "All data was restored from backups", "The
              // worker was
              // eventually restarted"
              + "|\\b(?:was|were|has been|have been|got) (?:then |\\p{L}+ly )?"
              + "(?:restarted|rebooted|rolled back|restored|recovered|failed over|re-?run|replayed|resumed|purged"
              + "|flushed|drained|power[- ]?cycled)\\b"
              + "|^\\W*(?:manually|temporarily)\\b|\\bby hand\\W*$|\\b(?:as a workaround|back to normal|to restore service)\\b"
              + "|(?<!\\bhappens?|\\boccurs?|\\brecurs?)\\s+again\\W*$"
              // the same in Spanish, Portuguese, French, German, Chinese, Japanese
              + "|(?u)^\\W*(?:se )?(?:reinici|restaur|recuper|revirti|reverteu|redémarr|rétabli|relanc)"
              + "|(?u)\\b(?:neu gestartet|zurückgerollt|wiederhergestellt|zurückgesetzt)\\b"
              + "|(?u)(?:manualmente|manuellement|à la main|a mano|à mão|von hand|händisch|manuell)\\W*$"
              + "|^\\W*(?:重启|回滚|恢复|再起動|ロールバック|復旧|手動で)"
              // named by its noun: "Rollback of the release", "Neustart der Dienste", "Reinicio
              // de los servidores" (not "Rollback plan documented"), "サーバーを再起動"
              + "|(?u)^\\W*(?:rollback|roll-back|neustart|reinicio|redémarrage|failover)\\b(?![- ](?:plan|procedure|runbook|test|script|skript|verfahren|prozess))"
              + "|(?:再起動|ロールバック|切り戻し|復旧|フェイルオーバー)(?:した|しました|を実施|を実施した)?\\W*$");

  private NonItems() {}

  /**
   * True when a line of a list of things done tells a step that recovered service or data rather
   * than a fix of the cause: the counting rule counts the fixes, not the recovery.
   */
  static boolean recovery(String text) {
    return RECOVERY.matcher(text).find();
  }

  /**
   * True when an entry under a heading about resolving the incident ("Resolving actions") tells a
   * step already taken, in the past tense; what is still to do reads in the future or imperative.
   */
  static boolean takenDuringIncident(String text) {
    return ItemStatus.pastTense(text) || SUBJECT_PAST.matcher(text).find();
  }

  /** True when a line of a follow-up list is not an item by the counting rule. */
  static boolean notAnItem(String text) {
    return Instructions.addressed(text)
        || EmptyPromises.said(text)
        || HINDSIGHT.matcher(text).find()
        || NARRATIVE.matcher(text).find()
        || STANDING_RULE.matcher(text).find()
        || TIMED.matcher(text).find()
        || NOTHING.matcher(text).find()
        || NOTHING_SAID.matcher(text).find()
        || LESSON.matcher(text).find()
        || GENERALISATION.matcher(text).find()
        || POINTER.matcher(text).find()
        || immediateStep(text);
  }

  private static boolean immediateStep(String text) {
    Matcher m = IMMEDIATE_LABEL.matcher(text);
    // "Manually re-issued the deploy": the adverb first, the verb in the past after it
    return m.matches() && ItemStatus.pastTense(ADVERB.matcher(m.group(1)).replaceFirst(""));
  }
}
