package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The status words of issue trackers, read by what they say about where the work stands in its
 * delivery rather than as a list of spellings: a change waiting at a stage after it was written
 * ("In Review", "In QA", "Awaiting deploy", "Ready for release", "Merged, not deployed") is in
 * progress; a stage passed ("Deployed", "Released", "Reviewed") is done; work replaced or judged
 * unneeded ("Superseded by #12", "No longer needed") is cancelled, the nearest status the model
 * has: the item as written will not be done, and its successor is counted where it is written; work
 * parked ("On hold", "Deferred") is still owed and no one is on it, so it is open.
 *
 * <p>The same in Japanese by the shape of the word: "〜中" is under way (対応中, レビュー中), "未〜" not yet
 * done (未着手, 未実施); "検討中" (being considered) has not been decided on, so it is open.
 */
final class TrackerStatus {

  /** The stages a change passes after it is written. */
  private static final String STAGE =
      "(?:(?:code |peer |security |final )?review|qa|uat|tests?|testing|verification|validation"
          + "|approval|sign-?off|staging|deploy(?:ment)?|release|roll-?out|merge|canary)";

  /** A stage in its past participle: the change is through it. */
  private static final String STAGE_PASSED =
      "(?:deployed|released|reviewed|tested|verified|validated|rolled out|merged|shipped|live"
          + "|in production|in prod|implemented|delivered|applied)";

  /** Waiting at a stage: "In Review", "Under review", "Awaiting deploy", "Ready for release". */
  private static final Pattern AT_STAGE =
      Pattern.compile(
          "^(?:in|under|awaiting|waiting (?:for|on)|ready for|ready to|pending|needs?|queued for|sent (?:for|to))"
              + "\\s+(?:the |a )?"
              + STAGE
              + "\\b.*$");

  /**
   * Being at a stage, said in its present participle: "Testing" in a status column. Only there: as
   * a heading or a label it names a category ("### Testing").
   */
  private static final Pattern STAGE_UNDER_WAY =
      Pattern.compile(
          "^(?:reviewing|testing|verifying|validating|deploying|releasing|rolling out|merging|implementing)$");

  /** Through some stages and not the last: "Merged, not deployed", "Done but not yet released". */
  private static final Pattern PART_WAY =
      Pattern.compile(
          "^(?:done|fixed|complete|completed|code complete|"
              + STAGE_PASSED
              + ")\\s*(?:[,;/\u2013\u2014-]\\s*)?(?:but\\s+)?(?:not|awaiting|pending|waiting for)\\s+(?:yet\\s+)?(?:"
              + STAGE_PASSED
              + "|"
              + STAGE
              + ")\\b.*$");

  /** Through the stage: "Deployed", "Released in 4.2", "Rolled out on 2026-03-01". */
  private static final Pattern PASSED =
      Pattern.compile("^" + STAGE_PASSED + "(?:\\s+(?:to|in|on|with|via|as of)\\b.*)?$");

  /** Replaced or judged unneeded: the item as written will not be done. */
  private static final Pattern GIVEN_UP =
      Pattern.compile(
          "^(?:superseded|replaced by|obsolete|not needed|no longer needed|not required|not planned|out of scope"
              + "|descoped|de-scoped|will not (?:do|fix|implement)|won'?t (?:do|fix|implement))\\b.*$");

  /** Parked: still owed, no one on it. */
  private static final Pattern PARKED =
      Pattern.compile(
          "^(?:on hold|deferred|postponed|paused|parked|proposed|triage|needs triage|unassigned|under consideration|under discussion)$");

  /** Japanese: "検討中" is being considered, not yet decided: open. */
  private static final Pattern CONSIDERED = Pattern.compile("^検討中$");

  private static final Pattern UNDER_WAY_CJK =
      Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{1,8}中$");
  private static final Pattern NOT_YET_CJK = Pattern.compile("^未[\\p{IsHan}]{1,4}$");
  private static final Pattern GIVEN_UP_CJK = Pattern.compile("^(?:中止|取り下げ|対応不要|不要)$");

  /** Other languages' tracker phrases: "in Prüfung", "en revisión", "em revisão". */
  private static final Pattern AT_STAGE_ELSEWHERE =
      Pattern.compile(
          "^(?:in prüfung|im review|im test|in review|en revisión|en revision|en pruebas|em revisão|em revisao|em teste|en revue|en test|in revisione)$");

  /** An environment named in a note on an item: where the work is done, not a status. */
  private static final Pattern WHERE =
      Pattern.compile("^(?:in |on )?(?:the )?(?:production|prod|staging|live|tests?)$");

  private TrackerStatus() {}

  /** A status column's cell naming the stage the work is going through: "Testing", "Deploying". */
  static Optional<ActionStatus> underWay(String cell) {
    String p = cell.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    return STAGE_UNDER_WAY.matcher(p).matches()
        ? Optional.of(ActionStatus.IN_PROGRESS)
        : Optional.empty();
  }

  /**
   * The status a tracker phrase says, given in lower case with single spaces; {@code wholeCell}
   * when it is all a status cell holds (a bare "Testing" is a status there, not in a note).
   */
  static Optional<ActionStatus> of(String phrase, boolean wholeCell) {
    Optional<ActionStatus> said = ofWords(phrase, wholeCell);
    if (said.isPresent() || !JOINED.matcher(phrase).find()) {
      return said;
    }
    // "in-qa", "in_review", "won't-fix", "ready-for-release": a tracker's label joins its words
    return ofWords(JOINED.matcher(phrase).replaceAll(" "), wholeCell);
  }

  /** A hyphen or underscore between two letters: how tracker labels join the words of a status. */
  private static final Pattern JOINED = Pattern.compile("(?<=[\\p{L}'])[-_](?=\\p{L})");

  private static Optional<ActionStatus> ofWords(String phrase, boolean wholeCell) {
    String p = phrase.strip().replaceAll("[.!]+$", "");
    if (!wholeCell && WHERE.matcher(p).matches()) {
      return Optional.empty(); // "Run the drill (in staging)": where to do it, not how far it is
    }
    if (PART_WAY.matcher(p).matches()
        || AT_STAGE.matcher(p).matches()
        || AT_STAGE_ELSEWHERE.matcher(p).matches()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    if (GIVEN_UP.matcher(p).matches() || GIVEN_UP_CJK.matcher(p).matches()) {
      return Optional.of(ActionStatus.CANCELLED);
    }
    if (PARKED.matcher(p).matches()
        || CONSIDERED.matcher(p).matches()
        || NOT_YET_CJK.matcher(p).matches()) {
      return Optional.of(ActionStatus.OPEN);
    }
    if (UNDER_WAY_CJK.matcher(p).matches()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    return PASSED.matcher(p).matches() ? Optional.of(ActionStatus.DONE) : Optional.empty();
  }
}
