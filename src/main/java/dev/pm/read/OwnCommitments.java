package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sentences in which the writers speak for themselves about what the incident changed: "As a result
 * of this incident, I've doubled the memory" (a change made), "I also set up an alert" right after
 * it (another one), "In the future we are looking to build a maintenance page" and "In the future,
 * I might bring back metrics" (work meant from now on). Personal write-ups and small teams put
 * their follow-ups in exactly this voice, under any heading or none; the markers are the time
 * ("from now on", "as a result of this incident") and the first person, not a section name, and
 * they exist in every language post-mortems are written in.
 */
final class OwnCommitments {

  private static final String FIRST_PERSON = "(?:i|we|our team|the team|ich|wir|je|nous|nosotros)";

  /**
   * A sentence opening with the future it speaks of, then the writer within its first words: the
   * intent is the commitment, however tentative the verb ("might", "want to", "are looking to"); a
   * norm ("we should") is a lesson.
   */
  private static final Pattern FORWARD =
      Pattern.compile(
          "(?iu)^(?:in (?:the )?future|going forward|moving forward|from now on|next time|henceforth"
              + "|in the coming (?:days|weeks|months)|künftig|zukünftig|in zukunft|von nun an|ab sofort"
              + "|à l'avenir|désormais|dorénavant|en el futuro|de ahora en adelante|in futuro)\\b,?\\s+"
              + "(?:\\p{L}+\\s+){0,2}?"
              + FIRST_PERSON
              // "In the future we should ...": a lesson's norm, not an intent ("might", "want to")
              + "\\b(?!\\s+(?:had|was|were|did|should|could|would|hatte|hatten|war|waren|sollten|könnten|würden)\\b)");

  /**
   * A change the writer made because of this incident: "As a (direct) result of this incident,
   * we've added ...", "Since the outage we have ...", "Infolge dieses Vorfalls habe ich ...".
   */
  private static final Pattern RESULT =
      Pattern.compile(
          "(?iu)^(?:as a (?:direct )?result(?: of (?:this|the) (?:incident|outage|issue|event|failure))?"
              + "|(?:following|since|after|because of) (?:this|the) (?:incident|outage|event|failure)"
              + "|(?:infolge|aufgrund|wegen) (?:dieses|des) (?:vorfalls|ausfalls|fehlers|incidents|problems)"
              + "|nach (?:diesem|dem) (?:vorfall|ausfall|fehler|incident)"
              + "|(?:suite à|à la suite de) (?:cet |cette |l')\\p{L}+|a raíz de (?:este|esta) \\p{L}+)\\b,?\\s+"
              + "(?:(?:habe|haben|avons|ai|hemos|he)\\s+)?"
              + FIRST_PERSON
              + "\\b");

  /** "I also installed ...", "We also enabled ...": one more change, told right after another. */
  private static final Pattern ALSO =
      Pattern.compile(
          "(?iu)^(?:i|we|ich|wir|nous)\\s+(?:(?:'ve|have|habe|haben|avons)\\s+)?(?:also|auch|außerdem|aussi)\\b");

  /** The change itself: a verb in the past (English -ed or a known form, German participle). */
  private static final Pattern CHANGED =
      Pattern.compile(
          "(?iu)\\b(?:\\p{L}{3,}ed|set up|put in place|wrote|written|built|made|rebuilt|turned on"
              + "|ge\\p{L}{3,}t|\\p{L}*ge\\p{L}{3,}t|\\p{L}{3,}iert|erhöht|ergänzt|erweitert|eingeführt"
              + "|\\p{L}{3,}é|\\p{L}{3,}ado|\\p{L}{3,}ido)\\b");

  /** Words that make the sentence a loss or a wish rather than a change made or meant. */
  private static final Pattern NOT_A_CHANGE =
      Pattern.compile(
          "(?iu)\\b(?:lost|missed|failed|hope|hopefully|thank|sorry|apologi[sz]e|learned|learnt|realized|realised"
              + "|noticed|had to|were unable|was unable|could not|couldn't)\\b");

  private OwnCommitments() {}

  /**
   * The status of {@code sentence} when the writer commits to or reports work in their own voice;
   * {@code afterChange} says the sentence before it reported a change made.
   */
  static Optional<ActionStatus> read(String sentence, boolean afterChange) {
    // "Moving forward, we are putting these in place:" introduces the list that holds the items
    if (sentence.length() < 12 || sentence.length() > 600 || sentence.endsWith(":")) {
      return Optional.empty();
    }
    ActionStatus told = told(sentence, afterChange);
    // The openings are anchored and fail at once on most sentences; the loss-or-wish words are
    // looked for anywhere, so they are looked for only in a sentence that could be an item.
    if (told == null || NOT_A_CHANGE.matcher(sentence).find()) {
      return Optional.empty();
    }
    return Optional.of(told);
  }

  /** Open for an intent, done for a change reported, or null, before the loss-or-wish check. */
  private static ActionStatus told(String sentence, boolean afterChange) {
    if (FORWARD.matcher(sentence).find() && !sentence.endsWith("?")) {
      return ActionStatus.OPEN;
    }
    if ((RESULT.matcher(sentence).find() || (afterChange && ALSO.matcher(sentence).find()))
        && CHANGED.matcher(sentence).find()) {
      return ActionStatus.DONE;
    }
    return null;
  }
}
