package dev.pm.read;

import dev.pm.model.TimelineEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timeline entry that says when impact began ("customers started seeing errors", "p99 latency
 * rose above 4 s", "impact began", "Beginn der Störung", "début de l'incident"): where a document
 * states no start, MTTD and MTTR run from it.
 *
 * <p>Only an entry before the detection counts: "error rate rose again" after the page is the
 * incident going on, not its onset. An alert is detection, not onset, since MTTD ends when the
 * first alert fires.
 */
final class ImpactOnset {

  /**
   * Something beginning to fail, whoever its subject: "began failing", "started returning 503
   * errors", "began receiving 502 errors", "started to time out". Beginning anything else ("started
   * investigating", "began receiving alerts") is no onset.
   */
  static final String BEGAN_FAILING =
      "(?:began|begun|started|starts|begins)\\s+(?:to\\s+)?(?:fail\\w*|error\\w*|crash\\w*|reject\\w*|drop\\w*|time\\w*\\s+out|timing\\s+out"
          + "|(?:return|receiv|see|get|throw|report|hit)\\w*\\s+(?:[\\w-]+\\s+){0,3}?(?:errors?|failures?|timeouts?|[45]\\d\\ds?|outages?)\\b)";

  private static final Pattern ONSET =
      Pattern.compile(
          "(?iu)\\b"
              + BEGAN_FAILING
              + "|"
              // someone affected began to suffer: "customers started seeing errors"
              + "\\b(?:customers?|users?|clients?|merchants?|callers?|visitors?|requests?|calls?|jobs?|traffic)\\b[^.;:]{0,30}?"
              + "\\b(?:start(?:s|ed)?|beg[ai]n(?:s|ning)?)\\s+(?:to\\s+)?(?:see|seeing|get|getting|receiv\\w*|experienc\\w*|hit(?:ting)?|fail\\w*|report\\w*|time\\w*\\s+out|error\\w*)"
              // a symptom that rose: "error rate rose", "p99 latency on /login rose above 4 s"
              + "|\\b(?:errors?|error[- ]rates?|5xx|4xx|latency|timeouts?|failures?|failed requests|queue depth|lag)\\b[^.;:]{0,30}?"
              + "\\b(?:rose|rises|rising|spiked?|spikes|climb(?:s|ed)|jump(?:s|ed)|increas(?:es|ed)|surg(?:es|ed)|start(?:s|ed)\\s+(?:to\\s+)?(?:rise|rising|climb\\w*|increas\\w*|appear\\w*)|began\\s+(?:to\\s+)?\\w+)\\b"
              + "|\\bfirst\\s+(?:errors?|failures?|failed requests?|timeouts?|(?:customer\\s+)?impact)\\b"
              // the onset named as such, in English, German and French
              + "|\\b(?:start|beginning|onset)\\s+of\\s+(?:the\\s+)?(?:outage|incident|impact|downtime|disruption|degradation)\\b"
              + "|\\b(?:outage|incident|impact|downtime|disruption|degradation)\\s+(?:begins|began|starts|started)\\b"
              + "|\\bbeginn\\s+(?:der|des)\\s+(?:störung|stoerung|auswirkung\\w*|beeinträchtigung\\w*|ausfall\\w*|vorfall\\w*|incidents?)"
              + "|\\b(?:störung|stoerung|ausfall|beeinträchtigung)\\s+(?:beginnt|begann)\\b"
              + "|\\bdébut\\s+(?:de\\s+l['’]\\s?(?:incident|impact|interruption|indisponibilité)|de\\s+la\\s+(?:panne|perturbation|dégradation))"
              + "|\\b(?:l['’]\\s?incident|la\\s+panne|la\\s+perturbation)\\s+(?:commence|a\\s+commencé|débute|a\\s+débuté)");

  private ImpactOnset() {}

  /**
   * The time of the first entry that names the onset, before {@code detected}; none without a
   * detection to bound it, or when the onset is only written in the detection's own entry.
   */
  static Optional<LocalDateTime> before(List<TimelineEntry> timeline, LocalDateTime detected) {
    if (detected == null) {
      return Optional.empty();
    }
    for (TimelineEntry entry : timeline) {
      Optional<LocalDateTime> at = entry.time();
      if (at.isPresent() && at.get().isBefore(detected) && names(entry)) {
        return at;
      }
    }
    return Optional.empty();
  }

  /**
   * The time of the first entry that names the onset, before {@code detected} when the timeline
   * records a detection ({@code null} when it records none): a timeline that goes from "partners
   * began receiving 502 errors" to "service restored" states its start without an alert.
   */
  static Optional<LocalDateTime> first(List<TimelineEntry> timeline, LocalDateTime detected) {
    for (TimelineEntry entry : timeline) {
      Optional<LocalDateTime> at = entry.time();
      if (at.isPresent() && detected != null && !at.get().isBefore(detected)) {
        return Optional.empty();
      }
      if (at.isPresent() && names(entry)) {
        return at;
      }
    }
    return Optional.empty();
  }

  private static boolean names(TimelineEntry entry) {
    return ONSET.matcher(entry.timeText() + " " + entry.event()).find();
  }
}
