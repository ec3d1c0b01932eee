package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sentence outside the follow-up sections that introduces a list as the actions or measures the
 * organisation is taking: "Certificate handling is being enhanced with two strategic actions:",
 * "The outage has already been resolved in two stages:", "we are taking the following measures:",
 * "The following improvements are on the roadmap:". Its entries are items; the sentence says their
 * status unless an entry says its own. Not a sentence that introduces what was done during the
 * incident, a timeline, or what readers should do.
 */
final class ActionIntros {

  /** The work the list holds: actions, measures, steps, stages, improvements, changes, fixes. */
  private static final Pattern WORK =
      Pattern.compile(
          "(?i)\\b(?:actions?|measures|steps|stages|phases|improvements|changes|fixes|initiatives|safeguards"
              + "|enhancements|workstreams)\\b");

  /** Said to be finished: "has already been resolved", "we have made the following changes". */
  private static final Pattern DONE =
      Pattern.compile(
          "(?i)\\b(?:has|have) (?:already |now )?been (?:resolved|addressed|fixed|remediated|implemented|completed)\\b"
              + "|\\bwe(?:'ve| have) (?:already |now )?(?:taken|made|implemented|completed|shipped|deployed|introduced)\\b");

  /** Under way: "is being enhanced", "we are taking", "we are implementing". */
  private static final Pattern UNDER_WAY =
      Pattern.compile(
          "(?i)\\b(?:is|are) being (?:enhanced|improved|strengthened|hardened|addressed|reworked|extended)\\b"
              + "|\\b(?:we are|we're) (?:now |currently )?(?:taking|implementing|introducing|making|rolling out|working on"
              + "|changing|doing|fixing|improving)\\b");

  /** Still to do: "on the roadmap", "next steps", "we will take", "planned". */
  private static final Pattern PLANNED =
      Pattern.compile(
          "(?i)\\bon (?:the|our) roadmap\\b|\\bnext steps\\b|\\bwe(?: will|'ll| plan to| intend to) (?:take|make|implement|introduce)\\b"
              + "|\\b(?:are|is) planned\\b");

  /**
   * A promise the list completes or names as its entries: "We will address the following items:",
   * "To prevent this we are going to:", "Wir werden folgende Punkte umsetzen:", "Nous allons mettre
   * en place les mesures suivantes :". The writers commit themselves; the list says to what.
   */
  private static final Pattern PROMISE =
      Pattern.compile(
          "(?iu)(?:\\bwe(?:'ll| will| are going to|'re going to| plan to| intend to| shall)\\b"
              + "|\\bwir werden\\b|\\bwir planen\\b|\\bnous allons\\b|\\bnous prévoyons\\b|\\bvamos a\\b|\\b(?:planeamos|haremos)\\b)"
              + "(?:.*\\b(?:following|these|this list|folgende\\w*|diese|suivante?s?|ces|siguientes?|estos|estas)\\b.*"
              // "Here is what we will change:", "This is how we will fix it:"
              + "|\\s+(?:do|change|fix|improve|address|be (?:doing|changing))(?: (?:it|this|that))?\\s*"
              + "|\\s*)$");

  /** What the incident response did, the timeline, advice to readers: not follow-up work. */
  private static final Pattern NOT_WORK =
      Pattern.compile(
          "(?i)\\b(?:during|timeline|you|your|please|customers? should|users? should|to recover|to restore|were taken"
              + "|we took)\\b");

  /**
   * Words that point ahead to a list of the work: "we will be making the following changes", "these
   * are the improvements we plan to make", "here is what we are changing", "as follows", "in two
   * ways". Not "the following week", a time.
   */
  private static final Pattern POINTS_AHEAD =
      Pattern.compile(
          "(?iu)\\bthe following\\b(?! (?:days?|weeks?|months?|quarters?|years?|mornings?|evenings?|nights?|sprints?|releases?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)"
              + "|\\bas follows\\b|\\b(?:these|below) are (?:the|some|our|a few)\\b|\\bhere(?:'s| is| are) (?:what|how|the|our|a|some)\\b"
              // counted ahead: "We will harden the deploy process in two ways."
              + "|\\b(?:in|on) (?:two|three|four|five|several|a few|a number of|\\d+) (?:ways|fronts|areas|steps|stages|phases)\\b"
              + "|\\b(?:folgende[nm]?|nachfolgende[nm]?|suivantes?|siguientes?)\\b");

  private static final Pattern WHAT_WE =
      Pattern.compile("(?i)\\b(?:here|this|that)(?:'s| is| are) (?:what|how) we\\b");

  private static final Pattern LAST_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private ActionIntros() {}

  /**
   * True when {@code sentence} introduces the list of work after it rather than being work itself:
   * it ends with a colon ("We are taking the following steps to prevent this from happening
   * again:") or points ahead to the entries ("Going forward, these are the improvements we plan to
   * make."). Only the entries are items.
   */
  static boolean introduces(String sentence) {
    String s = sentence.strip();
    return s.endsWith(":") || s.endsWith("：") || POINTS_AHEAD.matcher(s).find();
  }

  /**
   * The status a sentence gives the list it introduces, or empty when it does not introduce
   * follow-up work: done, in progress or open by what it says.
   */
  static Optional<ActionStatus> status(String sentence) {
    String whole = sentence.strip();
    // "Search was down for two hours. We will address the following items:": the last sentence
    List<String> sentences = LAST_SENTENCE.splitAsStream(whole).toList();
    String s = sentences.isEmpty() ? whole : sentences.get(sentences.size() - 1);
    if (s.length() > 200 || !s.endsWith(":") || NOT_WORK.matcher(s).find()) {
      return Optional.empty();
    }
    if (PROMISE.matcher(s.substring(0, s.length() - 1).strip()).find()) {
      return Optional.of(ActionStatus.OPEN);
    }
    // "Here is what we are changing:": the list is the work, though no word for work is said
    boolean work = WORK.matcher(s).find() || WHAT_WE.matcher(s).find();
    if (work && DONE.matcher(s).find()) {
      return Optional.of(ActionStatus.DONE);
    }
    if (work && UNDER_WAY.matcher(s).find()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    if (work && PLANNED.matcher(s).find()) {
      return Optional.of(ActionStatus.OPEN);
    }
    return Optional.empty();
  }
}
