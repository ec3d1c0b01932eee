package dev.pm.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MTTD, MTTA and MTTR stated in a sentence in the forms {@link ProseFigures}' own patterns leave
 * out, each a rule about what the sentence says, not how one document spells it:
 *
 * <ul>
 *   <li>how long it took to do a stage of the response: "it took us 40 minutes to notice", "took
 *       only ~30 minutes to find and apply the fix" (the last verb that names a stage decides);
 *   <li>how long the incident went unnoticed: "went unnoticed for 9 days", "not noticed or flagged
 *       for at least 2 weeks", "undetected by humans for seven hours" (MTTD);
 *   <li>detection that happened within a span of this incident's fault: "the alert fired within 6
 *       minutes of the failure", "alerts fired within 2 minutes" (past tense), "erst 45 Minuten
 *       nach Beginn der Störung bemerkt" (the stage word nearest the figure decides);
 *   <li>a fix counted from the notice: "Once we were alerted, it was resolved within 90 minutes",
 *       "restored broken builds in under an hour from initial reports" (MTTR).
 * </ul>
 *
 * A sentence that plans or requires ("will be detected within 5 minutes", "alerts should fire
 * within 15 minutes of a stalled feed") states a target, not what happened, and gives nothing.
 */
final class ProseResponse {

  private static final String QUALIFIER =
      "(?:(?:~|about|approximately|approx\\.?|around|roughly|nearly|almost|over|under|less than|more than|just over"
          + "|just under|at least|only|some|an estimated|<|erst|nur|etwa|ungefähr|environ|seulement|solo|apenas)\\s*)*";

  /** "took us", "only took only", "took the team": the figure is how long a stage took. */
  private static final Pattern TOOK =
      Pattern.compile("(?i)\\btook\\s+(?:[\\w-]+\\s+){0,3}?" + QUALIFIER + "$");

  /** "to notice", "to find and apply the fix": the stage that took that long. */
  private static final Pattern TO_DO =
      Pattern.compile("(?i)^\\s*(?:for\\s+\\w+\\s+)?to\\s+((?:[\\w-]+\\s*){1,5})");

  /**
   * "to identify the problem", "to identify the issue": finding that there is an incident, which is
   * its detection. Identifying its cause is the diagnosis, and no stage this reads.
   */
  private static final Pattern IDENTIFY_PROBLEM =
      Pattern.compile(
          "(?i)identif\\w*\\s+(?:that\\s+there\\s+was\\s+)?(?:the|an?|this)\\s+(?:problem|issue|incident|outage|failure|fault|degradation|disruption)\\b");

  /** How long it went unnoticed. */
  private static final Pattern UNNOTICED_FOR =
      Pattern.compile(
          "(?i)\\b(?:undetected|unnoticed|not\\s+(?:been\\s+)?(?:noticed|detected|spotted|discovered|flagged|caught))"
              + "(?:\\s+[\\w@`]+){0,3}?\\s+for\\s+"
              + QUALIFIER
              + "$");

  /** "fired within", "notification within", "going red within": detection within a span. */
  private static final Pattern WITHIN = Pattern.compile("(?i)\\bwithin\\s+" + QUALIFIER + "$");

  /** After the figure: "of the failure", "of failure", "of the outage". */
  private static final Pattern OF_THE_FAULT =
      Pattern.compile(
          "(?iu)^\\s*(?:of|after)\\s+(?:the\\s+)?(?:initial\\s+|first\\s+)?(?:failure|fault|outage|incident|onset|problem|breakage|crash|it\\s+start\\w*)\\b");

  /**
   * After the figure, in several languages: "after the failure started", "nach Beginn der Störung".
   */
  private static final Pattern AFTER_ONSET =
      Pattern.compile(
          "(?iu)^\\s*(?:after|nach|etter|efter|après|después\\s+de|despues\\s+de|depois\\s+d[eoa]|na|после)\\s+"
              + "(?:[\\p{L}']+\\s+){0,3}?(?:failure|fault|outage|incident|onset|start\\w*|began|beginn\\w*|störung|fehler|ausfall"
              + "|feil\\w*|fel\\w*|panne|début|incidente|fallo|falla|caída|inicio|начал\\w*|сбо\\w*)(?!\\p{L})");

  /**
   * "within ten minutes of initial rollout": counted from some other event than the fault, so no
   * time to detect.
   */
  private static final Pattern FROM_OTHER_EVENT =
      Pattern.compile("(?i)^\\s*(?:of|after|from|since)\\b");

  /** Past-tense detection: what a sentence about the incident, not a policy, says. */
  private static final Pattern DETECTED_PAST =
      Pattern.compile(
          "(?i)\\b(?:fired|went off|triggered|paged|notified|detected|noticed|spotted|caught|flagged|alerted|went red|going red|turned red|notification|alerts?\\s+came)\\b");

  /** A target or a plan: no statement of what happened. */
  private static final Pattern PLAN =
      Pattern.compile(
          "(?i)\\b(?:will|would|should|shall|must|could|can|need|needs|aim|goal|target|ensure|make sure|expected to|soll|sollen|künftig|devrait|debe)\\b");

  /** Counted from the notice: "Once we were alerted, ... resolved within". */
  private static final Pattern FROM_NOTICE =
      Pattern.compile(
          "(?i)\\b(?:once|after|when)\\b[^.;]{0,60}?\\b(?:notified|alerted|paged|aware|informed)\\b[^.;]{0,100}?"
              + "\\b(?:resolved|fixed|mitigated|restored|recovered|contained|remediated)\\s+(?:with)?in\\s+"
              + QUALIFIER
              + "$");

  /** "in <1hr from initial reports": counted from the report, so a time to resolve. */
  private static final Pattern FROM_REPORT =
      Pattern.compile(
          "(?i)^\\s*(?:from|since|after)\\s+(?:the\\s+)?(?:initial\\s+|first\\s+)?(?:reports?|detection|alert|page|notification)\\b");

  /** Stage words, in several languages; group 1 detection, 2 acknowledgement, 3 resolution. */
  private static final Pattern STAGE =
      Pattern.compile(
          "(?<!\\p{L})(?:(detect\\w*|notic\\w*|notif\\w*|monitor\\w*|went\\s+red|going\\s+red|turned\\s+red|spott\\w*|discover\\w*|realiz\\w*|realis\\w*|alert\\w*|paged|fired|flagged|caught"
              + "|bemerkt\\w*|entdeckt\\w*|erkannt\\w*|festgestellt|alarm\\w*|oppdag\\w*|varsel|varslet|upptäck\\w*|larm\\w*"
              + "|d[ée]tect\\w*|remarqu\\w*|constat\\w*|notamos|advert\\w*|percebe\\w*|ontdekt|opgemerkt|обнаруж\\w*|заметил\\w*)"
              + "|(acknowledg\\w*|ack(?:ed)?|respond\\w*|engag\\w*)"
              + "|(resolv\\w*|fix\\w*|restor\\w*|recover\\w*|mitigat\\w*|repair\\w*|apply|applied|roll\\w*\\s+back|revert\\w*"
              + "|behoben|beheb\\w*|wiederhergestellt|résolu\\w*|rétabli\\w*|corrig\\w*|resuel\\w*|restablec\\w*|fikset|løst|löst))(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private ProseResponse() {}

  /**
   * The figure ({@code mttd}, {@code mtta}, {@code mttr}) the figure between {@code before} and
   * {@code after} states in {@code sentence}, or empty.
   */
  static Optional<String> kindOf(String sentence, String before, String after) {
    Optional<String> kind = stated(sentence, before, after);
    return kind.isPresent() && PLAN.matcher(before).find() ? Optional.empty() : kind;
  }

  /**
   * The rules, each tried only where a plain substring shows it could apply: most figures in a
   * document are none of these, and the patterns anchored at the figure cost far more than a scan.
   */
  private static Optional<String> stated(String sentence, String before, String after) {
    int in = before.lastIndexOf("in");
    boolean endsWithIn = in >= 0 && in >= before.length() - 40;
    if (before.contains(" for") && UNNOTICED_FOR.matcher(before).find()) {
      return Optional.of("mttd");
    }
    if (before.contains("took") && TOOK.matcher(before).find()) {
      Matcher to = TO_DO.matcher(after);
      if (to.find() && IDENTIFY_PROBLEM.matcher(to.group(1)).lookingAt()) {
        return Optional.of("mttd"); // "took 25 minutes to identify the problem"
      }
      return to.find(0) ? lastStage(to.group(1)) : Optional.empty();
    }
    if ((endsWithIn && FROM_NOTICE.matcher(before).find())
        || (FROM_REPORT.matcher(after).find()
            && nearestStage(before, "").filter("mttr"::equals).isPresent())) {
      return Optional.of("mttr");
    }
    if (endsWithIn
        && WITHIN.matcher(before).find()
        && (OF_THE_FAULT.matcher(after).find()
            || (DETECTED_PAST.matcher(tail(before, 80)).find()
                && !FROM_OTHER_EVENT.matcher(after).find()))
        && nearestStage(before, after).filter("mttd"::equals).isPresent()) {
      return Optional.of("mttd");
    }
    // "repaired 22 hours after the incident began" ends the incident: ProseFigures reads that as
    // its duration, so only detection and acknowledgement are taken here.
    if (AFTER_ONSET.matcher(after).lookingAt() && !PLAN.matcher(sentence).find()) {
      return nearestStage(before, after).filter(k -> !k.equals("mttr"));
    }
    return Optional.empty();
  }

  private static Optional<String> lastStage(String words) {
    String kind = null;
    Matcher m = STAGE.matcher(words);
    while (m.find()) {
      kind = kind(m);
    }
    return Optional.ofNullable(kind);
  }

  /** The stage word nearest the figure, on either side, within its clause. */
  private static Optional<String> nearestStage(String before, String after) {
    String left = clause(tail(before, 100), true);
    String right = clause(after.length() > 100 ? after.substring(0, 100) : after, false);
    String kind = null;
    int distance = Integer.MAX_VALUE;
    Matcher m = STAGE.matcher(left);
    while (m.find()) {
      kind = kind(m);
      distance = left.length() - m.end();
    }
    Matcher r = STAGE.matcher(right);
    if (r.find() && r.start() < distance) {
      kind = kind(r);
    }
    return Optional.ofNullable(kind);
  }

  private static String clause(String text, boolean keepEnd) {
    int cut = keepEnd ? Math.max(text.lastIndexOf(';'), text.lastIndexOf(". ")) : -1;
    if (keepEnd) {
      return cut < 0 ? text : text.substring(cut + 1);
    }
    int end = text.indexOf(';');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String tail(String text, int n) {
    return text.length() > n ? text.substring(text.length() - n) : text;
  }

  private static String kind(Matcher m) {
    return m.group(1) != null ? "mttd" : m.group(2) != null ? "mtta" : "mttr";
  }
}
