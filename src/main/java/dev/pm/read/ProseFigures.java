package dev.pm.read;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and MTTx stated in sentences, where no label states them: "the outage lasted 5 hours
 * and 26 minutes", "Downtime was ~30 hours", "users were unable to log in for approximately two
 * hours", "over 14 hours of cumulative downtime", "mitigated ~1.5 hours after being reported",
 * "restored after nearly ~7 hours", "repaired roughly 22 hours after the incident began".
 *
 * <p>Rationale: a figure is taken only where the sentence ties it to the incident's impact ({@link
 * ProseText#ABOUT_INCIDENT} close to it, in one of a few grammatical shapes), because post-mortems
 * are full of other durations ("the migration takes 3 hours", "every 15 minutes", "3 days later")
 * and a figure read wrongly is worse than none. The first such figure in the document wins; figures
 * are never added up.
 */
final class ProseFigures {

  private static final String QUALIFIER =
      "(?:(?:~|about|approximately|approx\\.?|around|roughly|nearly|almost|over|under|less than|more than|just over"
          + "|just under|at least|at most|at maximum|some|an estimated|a total of|in total|of|only|a|total)\\s*)*";

  /** "lasting 1 hour and 48 minutes", "lasted for about 2h". */
  private static final Pattern LASTING =
      Pattern.compile(
          "(?i)\\b(?:lasting|lasted|lasts|spanning|spanned|totall?ing|totall?ed)\\s+(?:for\\s+)?"
              + QUALIFIER
              + "$");

  /**
   * "downtime for ~4 hours", "Downtime was ~30 hours", "was down for approximately two hours",
   * "unable to log in for 20 minutes".
   */
  private static final Pattern STATE_FOR =
      Pattern.compile(
          "(?i)"
              + ProseText.ABOUT_INCIDENT.pattern().substring(4)
              + "(?:\\W+\\w+){0,7}?\\W+(?:for|was|were|of|lasted|over|:)\\s+"
              + QUALIFIER
              + "$");

  /** "14 hours of cumulative downtime", "a 10 minutes gap", "30min outage". */
  private static final Pattern OF_STATE =
      Pattern.compile(
          "(?i)^\\s*(?:of\\s+)?(?:[a-z]+\\s+){0,2}?(?:outage|downtime|disruption|gap|impact|unavailability|interruption|degradation|degraded (?:service|performance|availability|operation)|stall|failure|incident)\\b");

  /** "executed over 38 minutes before being mitigated". */
  private static final Pattern BEFORE_MITIGATION =
      Pattern.compile(
          "(?i)^\\s*before\\s+(?:being\\s+|it\\s+was\\s+|(?:the\\s+)?(?:normal\\s+)?(?:service|operations?|access)\\s+(?:was|were)\\s+)?(?:mitigated|resolved|contained|stopped|fixed|restored|detected and stopped)\\b");

  /** "completed in under twenty minutes", "resolved within 2 hours". */
  private static final Pattern RESOLVED_IN =
      Pattern.compile(
          "(?i)\\b(?:completed|resolved|mitigated|restored|recovered|recover|fixed|contained)\\s+(?:itself\\s+)?(?:with)?in\\s+"
              + QUALIFIER
              + "$");

  /**
   * Words just before a figure that make it part of something else: "every 15 minutes", "the first
   * 40 minutes".
   */
  private static final Pattern NOT_THE_INCIDENT =
      Pattern.compile(
          "(?i)\\b(?:every|each|per|first|last|next|past|previous|within|up to|after|before|later|another)\\s+"
              + QUALIFIER
              + "$");

  /**
   * Words just after a figure that make it a point in time or a rate: "3 days later", "2 hours
   * ago", "5 minutes after".
   */
  /**
   * "error rates were watched for half an hour", "were then monitored for 2 hours": how long the
   * team kept watch after a fix, not how long the incident lasted, whatever word of failure the
   * sentence holds.
   */
  private static final Pattern WATCHED_FOR =
      Pattern.compile(
          "(?i)\\b(?:watched|monitored|observed|kept (?:an eye on|watch over|under observation)|soaked|on watch)"
              + "(?:\\s+[\\w-]+){0,4}?\\s+for\\s+"
              + QUALIFIER
              + "$");

  /**
   * "for 4 hours after the upgrade": a span that follows an event. "For an hour before we noticed"
   * is how long it went unnoticed, and stays no figure.
   */
  private static final Pattern SPAN_AFTER = Pattern.compile("(?i)^\\s*after\\b");

  private static final Pattern AFTER_FIGURE =
      Pattern.compile(
          "(?i)^\\s*(?:later|ago|after|before|earlier|prior|per|each|from now|window|delay|timeout|ttl|sla|old)\\b");

  /**
   * "mitigated ~1.5 hours after being reported", "paged 25 minutes later", "Time to detection was 4
   * hours".
   */
  private static final Pattern MTTX =
      Pattern.compile(
          "(?i)\\b(detected|noticed|identified|spotted|discovered|alerted|paged|reported|acknowledged|ack'?e?d|responded"
              + "|mitigated|resolved|fixed|restored|recovered|contained)\\s+"
              + QUALIFIER
              + "$");

  /**
   * "... from the time of report", "... after detection": counted from the report, so a time to
   * resolve.
   */
  private static final Pattern FROM_REPORT =
      Pattern.compile(
          "(?i)^\\s*(?:from|since|after)\\s+(?:the\\s+)?(?:time\\s+of\\s+(?:the\\s+)?)?(?:first\\s+)?(?:report|detection|alert|page|being reported|being detected)");

  /** Verbs that end the incident: "service was restored after 7 hours". */
  private static final String ENDING =
      "(?:restored|resolved|recovered|fixed|mitigated|repaired|ended|stopped|back online|back up|came back)";

  /** "service was restored after nearly ~7 hours": the incident ended that long after it began. */
  private static final Pattern ENDED_AFTER =
      Pattern.compile("(?i)\\b" + ENDING + "\\s+after\\s+" + QUALIFIER + "$");

  /** "repaired roughly 22 hours after the incident began": counted from the incident's start. */
  private static final Pattern ENDED_BEFORE =
      Pattern.compile("(?i)\\b" + ENDING + "\\s+(?:with)?(?:in\\s+)?" + QUALIFIER + "$");

  private static final Pattern SINCE_START =
      Pattern.compile(
          "(?i)^\\s*after\\s+(?:the\\s+)?(?:start\\s+of\\s+the\\s+)?(?:incident|outage|problem|issue|disruption|impact|attack)"
              + "(?:\\s+(?:began|started|begun|had begun|had started|occurred|happened)|\\s*$|\\s*[.,;])");

  private static final Pattern MTTX_AFTER = Pattern.compile("(?i)^\\s*(?:later|after)\\b");

  /**
   * "undetected for eight days", "was not noticed by administrators for 8 days": how long something
   * went unnoticed, never the incident's length.
   */
  private static final Pattern UNNOTICED_FOR =
      Pattern.compile(
          "(?i)\\b(?:undetected|unnoticed|not\\s+(?:been\\s+)?(?:noticed|detected|spotted|discovered))(?:\\s+[\\w@`]+){0,3}?\\s+for\\s+"
              + QUALIFIER
              + "$");

  /**
   * "(7min, 2min, 3min, 4min)", "periods of 7 minutes from 05:13, 2 minutes ...": one figure of a
   * list is not the incident's length, and adding them up would be a guess at what the authors
   * meant.
   */
  private static final Pattern ONE_OF_SEVERAL =
      Pattern.compile("(?i)^[^.;]{0,40}?,\\s*(?:and\\s+)?" + Durations.PART);

  /** "..., 3 minutes (UTC 05:36) and 4 minutes": the last figure of such a list. */
  private static final Pattern AFTER_ONE_OF_SEVERAL =
      Pattern.compile(
          "(?i)" + Durations.PART + "(?:\\s*\\([^)]{0,30}\\))?\\s*(?:,\\s*(?:and\\s+)?|and\\s+)$");

  /** "for almost four hours after validators upgraded": "for" makes the figure a span. */
  private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+" + QUALIFIER + "$");

  /** "After 46 minutes our servers were reachable again": from the start to the end. */
  private static final Pattern AFTER_AT_START =
      Pattern.compile("(?i)^\\W{0,3}after\\s+" + QUALIFIER + "$");

  /** What says the incident was over, later in a sentence that begins "After N minutes". */
  private static final Pattern OVER =
      Pattern.compile(
          "(?i)\\b(?:(?:reachable|available|accessible|online|operational|working|running|functional|responsive|healthy|up)\\s+again"
              + "|back\\s+(?:online|up|to normal)|(?:outage|incident|downtime|disruption|impact)\\s+(?:was|is)\\s+over"
              + "|(?:was|were)\\s+(?:fully\\s+)?(?:restored|resolved|recovered|mitigated))\\b");

  /**
   * "For a period of 47 minutes, users could not log in", "for approximately 47 minutes, CI jobs
   * ... had spurious failures": the span leads its clause, the impact follows it.
   */
  private static final Pattern LEADING_FOR =
      Pattern.compile(
          "(?i)(?:^|[,;:]|\\bthat)\\s*for\\s+(?:a\\s+(?:period|total)\\s+of\\s+)?"
              + QUALIFIER
              + "$");

  /** The clause after a leading span, about the impact and not the team watching it. */
  private static final Pattern IMPACT_CLAUSE =
      Pattern.compile(
          "(?i)^\\s*,(?![^.;]{0,100}?\\b(?:monitor|watch|observ)\\w*)[^.;]{0,100}?"
              + ProseText.ABOUT_INCIDENT.pattern().substring(4));

  /**
   * "Time to recovery was 47 minutes", "the time to detect was 7 minutes": a figure's label said in
   * a sentence; {@link FigureLabels} tells which figure.
   */
  private static final Pattern LABEL_IN_SENTENCE =
      Pattern.compile("(?i)\\b(time\\s+to\\s+[a-z]+)\\s+(?:was|is|of|:)\\s+" + QUALIFIER + "$");

  private ProseFigures() {}

  /**
   * The first stated duration, MTTD, MTTA and MTTR in the sentences, keyed as {@link
   * Reading#figures()}.
   */
  static Map<String, Duration> read(List<String> sentences) {
    Map<String, Duration> found = new LinkedHashMap<>();
    for (String sentence : sentences) {
      if (!ProseText.mayStateDuration(sentence)) {
        continue;
      }
      int from = 0;
      for (Optional<Durations.Found> figure = Durations.find(sentence, from);
          figure.isPresent();
          figure = Durations.find(sentence, from)) {
        Durations.Found f = figure.get();
        from = f.end();
        String before = sentence.substring(Math.max(0, f.start() - 120), f.start());
        String after = sentence.substring(f.end());
        Optional<String> response = ProseResponse.kindOf(sentence, before, after);
        if (response.isPresent()) {
          found.putIfAbsent(response.get(), f.duration()); // "took us 40 minutes to notice"
          continue;
        }
        Matcher labelled = LABEL_IN_SENTENCE.matcher(before);
        Optional<String> named =
            labelled.find()
                ? FigureLabels.kindOf(labelled.group(1).toLowerCase(java.util.Locale.ROOT))
                : Optional.empty();
        if (named.isPresent()) {
          found.putIfAbsent(named.get(), f.duration()); // "Time to recovery was 47 minutes"
          continue;
        }
        if (UNNOTICED_FOR.matcher(before).find()) {
          continue; // how long it went unnoticed (ProseResponse reads it as MTTD): never a duration
        }
        if (ONE_OF_SEVERAL.matcher(after).find() || AFTER_ONE_OF_SEVERAL.matcher(before).find()) {
          continue;
        }
        if (AFTER_AT_START.matcher(before).find() && OVER.matcher(after).find()) {
          found.putIfAbsent("duration", f.duration()); // "After 46 minutes ... the outage was over"
          continue;
        }
        if ((ENDED_AFTER.matcher(before).find() && !AFTER_FIGURE.matcher(after).find())
            || (ENDED_BEFORE.matcher(before).find() && SINCE_START.matcher(after).find())) {
          found.putIfAbsent("duration", f.duration()); // how long after it began it ended
          continue;
        }
        Matcher mttx = MTTX.matcher(before);
        if (mttx.find() && MTTX_AFTER.matcher(after).find()) {
          found.putIfAbsent(kindOf(mttx.group(1)), f.duration());
          continue;
        }
        if (FROM_REPORT.matcher(after).find() && RESOLVED_IN.matcher(before).find()) {
          found.putIfAbsent("mttr", f.duration()); // "resolved in 2 hours from the time of report"
          continue;
        }
        if (!found.containsKey("duration")
            && (isIncidentDuration(before, after, sentence)
                || JapaneseProseDurations.isOutageSpan(after))) {
          found.put("duration", f.duration());
        }
      }
    }
    return found;
  }

  private static boolean isIncidentDuration(String before, String after, String sentence) {
    if (BEFORE_MITIGATION.matcher(after).find()) {
      return !NOT_THE_INCIDENT.matcher(before).find(); // "over 38 minutes before being mitigated"
    }
    // "for four hours after the upgrade" is a span; "four hours after the upgrade" a moment.
    boolean span = FOR_BEFORE.matcher(before).find() && SPAN_AFTER.matcher(after).find();
    if (NOT_THE_INCIDENT.matcher(before).find()
        || WATCHED_FOR.matcher(before).find()
        || (!span && AFTER_FIGURE.matcher(after).find())) {
      return false;
    }
    if (OF_STATE.matcher(after).find()
        || BEFORE_MITIGATION.matcher(after).find()
        || (LEADING_FOR.matcher(before).find() && IMPACT_CLAUSE.matcher(after).find())
        || STATE_FOR.matcher(before).find()) {
      return true;
    }
    if (LASTING.matcher(before).find()) {
      return ProseText.ABOUT_INCIDENT.matcher(sentence).find()
          || ProseText.LASTING_SUBJECT.matcher(before).find();
    }
    return RESOLVED_IN.matcher(before).find() && ProseText.ABOUT_INCIDENT.matcher(sentence).find();
  }

  private static String kindOf(String verb) {
    String v = verb.toLowerCase(java.util.Locale.ROOT);
    if (v.startsWith("ack") || v.startsWith("respond")) {
      return "mtta";
    }
    if (v.startsWith("mitig")
        || v.startsWith("resol")
        || v.startsWith("fix")
        || v.startsWith("resto")
        || v.startsWith("recov")
        || v.startsWith("contain")) {
      return "mttr";
    }
    return "mttd";
  }
}
