package dev.pm.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An end stated relative to a moment named just before it: "paged at 14:10 UTC and mitigated the
 * problem 11 minutes later", "Service was restored about 20 minutes after the alert (09:15 UTC)",
 * "the alert fired at 03:10 UTC, and the on-call engineer restored checkout within 5 minutes". The
 * moment is the last time of day written before the figure in the same sentence, else in the
 * sentence before; the end is that moment plus the figure.
 *
 * <p>Rationale: "later" and "after the alert" measure from an event, not from the incident's start,
 * so the figure is no duration ({@link ProseFigures} leaves it) but it does date the end. A figure
 * with nothing named before it ("2 hours later we checked again") dates nothing, and one not tied
 * to a verb of ending ("we checked the dashboards 2 hours later") is no end.
 */
final class RelativeTimes {

  /** A verb that ends the incident, close before the figure, with no sentence break between. */
  private static final Pattern ENDED =
      Pattern.compile(
          "(?i)\\b(?:mitigated|resolved|restored|recovered|fixed|back online|back to normal|came back|was back)\\b[^.;:]{0,50}?$");

  /**
   * Words after the figure that make it measured from an event before: "later", "after the alert",
   * "after the page".
   */
  private static final Pattern FROM_EVENT =
      Pattern.compile(
          "(?i)^\\s*(?:later\\b|after\\s+(?:the\\s+|that\\s+|this\\s+|our\\s+|its\\s+)?(?:first\\s+)?(?:alert|page|paging|detection|report|escalation|notification|call|rollback|roll-back|deploy\\w*|restart|change)s?\\b)");

  /** "restored checkout within 5 minutes": at most that long after the moment named before. */
  private static final Pattern WITHIN =
      Pattern.compile(
          "(?i)\\bwithin\\s+(?:~|about\\s+|approximately\\s+|around\\s+|roughly\\s+)?$");

  /** A time of day as a sentence writes it. */
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?i)(?<![\\d:.])\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?![\\d])");

  private RelativeTimes() {}

  /**
   * The end {@code sentence} states relative to a moment named before it ({@code previous} is the
   * sentence before, may be null), on {@code day} unless a date is written near the moment.
   */
  static Optional<LocalDateTime> end(String sentence, String previous, LocalDate day) {
    if (day == null
        || (sentence.indexOf("later") < 0
            && sentence.indexOf("after") < 0
            && sentence.indexOf("within") < 0)) {
      return Optional.empty();
    }
    for (Optional<Durations.Found> f = Durations.find(sentence, 0);
        f.isPresent();
        f = Durations.find(sentence, f.get().end())) {
      Durations.Found figure = f.get();
      String before = sentence.substring(0, figure.start());
      if (!ENDED.matcher(before).find()
          || !(FROM_EVENT.matcher(sentence.substring(figure.end())).find()
              || WITHIN.matcher(before).find())) {
        continue;
      }
      Optional<LocalDateTime> moment = lastMoment(before, day).or(() -> lastMoment(previous, day));
      return moment.map(m -> m.plus(figure.duration()));
    }
    return Optional.empty();
  }

  /** The last time of day written in {@code text}, on the date written in it or {@code day}. */
  private static Optional<LocalDateTime> lastMoment(String text, LocalDate day) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CLOCK.matcher(text);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    if (last == null) {
      return Optional.empty();
    }
    Optional<LocalTime> time = TimeReader.time(last);
    LocalDate on = TimeReader.date(text, day).orElse(day);
    return time.map(t -> LocalDateTime.of(on, t));
  }
}
