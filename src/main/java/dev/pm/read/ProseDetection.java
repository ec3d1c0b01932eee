package dev.pm.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the incident was detected, as a sentence states it: "We were paged at 14:10", "An alert
 * fired at 14:10", "The on-call engineer was alerted at 2:10 PM", "Customers first reported errors
 * at 14:12". The earliest such moment is the detection, from which MTTD is measured.
 *
 * <p>Rationale: only a detection that happened counts, said in the past tense; a plan ("on-call
 * will page at 11:05"), a setting ("the alert threshold is 14 ms") or a timeline entry (read from
 * the timeline) is none.
 */
final class ProseDetection {

  /** Someone told, an alert going off, or the first report or notice of the trouble. */
  private static final Pattern DETECTED =
      Pattern.compile(
          "(?i)\\b(?:(?:was|were|got|first)\\s+(?:paged|alerted|notified)"
              + "|(?:alerts?|alarms?|pages?|monitors?)\\s+(?:first\\s+)?(?:fired|triggered|went off|was raised|were raised|was triggered|went out)"
              + "|(?:first\\s+)?(?:reported|noticed|spotted|detected)"
              + "|(?:was|were)\\s+(?:first\\s+)?(?:reported|noticed|spotted|detected))"
              + "\\b([^.;]{0,40}?)\\b(?:at|@|around|approximately|about)\\s+(?:~\\s*)?"
              + ProseTimes.TIME);

  /** A plan or a condition, not something that happened: "will page at", "would have alerted". */
  private static final Pattern UNREAL =
      Pattern.compile("(?i)\\b(?:will|would|should|could|shall|if|unless|whenever)\\b");

  private ProseDetection() {}

  /** The earliest detection the sentences state, on the incident's day. */
  static Optional<LocalDateTime> read(List<String> sentences, LocalDate day) {
    if (day == null) {
      return Optional.empty();
    }
    LocalDateTime earliest = null;
    for (String sentence : sentences) {
      if (TimeReader.LEADING_TIME.matcher(sentence).lookingAt()) {
        continue; // a timeline entry: read from the timeline
      }
      Matcher m = DETECTED.matcher(sentence);
      while (m.find()) {
        if (UNREAL.matcher(sentence.substring(0, m.start())).find()
            || UNREAL.matcher(m.group(1)).find()) {
          continue;
        }
        Optional<LocalTime> time = TimeReader.time(m.group(2));
        if (time.isPresent()) {
          LocalDateTime t =
              LocalDateTime.of(TimeReader.date(sentence, day).orElse(day), time.get());
          earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
          break;
        }
      }
    }
    return Optional.ofNullable(earliest);
  }
}
