package dev.pm.read;

import dev.pm.model.MetadataEntry;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Placeholders;
import dev.pm.schema.MetadataSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an incident started and ended, as the document states it, first found first:
 *
 * <ol>
 *   <li>labelled values: {@code Start:}/{@code End:}, {@code **Detected**}/{@code **Resolved**}
 *       rows, "Reported on"/"Resolved on", or a range such as {@code Time: 14:00 - 15:30 UTC};
 *   <li>outage markers in the timeline ({@code <START OF OUTAGE>}, {@code **OUTAGE BEGINS**},
 *       "Outage ends"), at their entry's time;
 *   <li>sentences ({@link ProseTimes}): "from 16:58 to 18:46 UTC", "resolved at 2:57 pm PST".
 * </ol>
 *
 * A value with a time but no date is on the incident date. Values that are template placeholders
 * are skipped.
 *
 * <p>Why it exists: lint (PM603 compares a labelled duration with a labelled start and end) and
 * {@code pm stats} (which takes end minus start as the duration when the document states none) must
 * read the same start and end, so there is one reader for both.
 *
 * @param start the stated start
 * @param end the stated end
 * @param timed whether both state a time of day; a span of dates only ("Reported on 2018-08-22",
 *     "Resolved on 2018-08-24") gives no duration, as it would be a guess to the day
 * @param labelled whether both come from labelled values, the only span PM603 compares
 * @param startsAtNotice whether the start is when the incident was noticed ({@code Detected},
 *     {@code Reported on}), not when it began: end minus start is then not the incident's length,
 *     and no duration or MTTD is computed from it
 */
public record IncidentSpan(
    LocalDateTime start,
    LocalDateTime end,
    boolean timed,
    boolean labelled,
    boolean startsAtNotice) {

  /**
   * Labels of a start, most specific first: an explicit start outranks the time it was detected.
   */
  private static final List<Pattern> START_LABELS =
      List.of(
          Pattern.compile(
              "^(?:(?:incident|outage|impact|issue|downtime|disruption|problem)\\s+)?(?:start|started|began|begin|beginning|start time|start date|started at|started on|occurred|occurred at|occurred on|first impact|impact start|outage start)(?:\\s+(?:at|on|when|time|date))?(?:\\s*\\(.*\\))?$"),
          Pattern.compile(
              "^(?:first\\s+)?(?:detected|detection|reported|opened|identified|declared)(?:\\s+(?:at|on|time|date))?(?:\\s*\\(.*\\))?$"));

  private static final List<Pattern> END_LABELS =
      List.of(
          Pattern.compile(
              "^(?:(?:incident|outage|impact|issue|downtime|disruption|problem)\\s+)?(?:end|ended|end time|end date|ended at|ended on|impact end|outage end|mitigated|mitigated at|mitigated on|restored|recovered|resolved|resolved at|resolved on|resolution time|fixed|fixed at|fixed on|closed|closed at|closed on)(?:\\s+(?:at|on|when|time|date))?(?:\\s*\\(.*\\))?$"));
  private static final Pattern START_MARKER =
      Pattern.compile(
          "(?i)\\b(?:start|beginning|begin|onset)\\s+of\\s+(?:the\\s+)?(?:outage|incident|impact|downtime|disruption)\\b"
              + "|\\b(?:outage|incident|impact|downtime|disruption)\\s+(?:begins|began|starts|started|start)\\b");
  private static final Pattern END_MARKER =
      Pattern.compile(
          "(?i)\\bend\\s+of\\s+(?:the\\s+)?(?:outage|incident|impact|downtime|disruption)\\b"
              + "|\\b(?:outage|incident|impact|downtime|disruption)\\s+(?:ends|ended|end|is over|over)\\b");

  /**
   * Labels whose value may be the incident's window: "Impact window: 08:43–10:52 UTC", "Time: 14:00
   * - 15:30", "Date: 22.02.2024 10:00 - 14:00" (also the date label in a few languages).
   */
  private static final Pattern WINDOW_LABEL =
      Pattern.compile(
          "^(?:(?:incident|outage|impact|downtime|disruption)\\s+)?(?:time window|time frame|timeframe|window|period|date|dato|datum|fecha|when|times?)\\b(?!\\s+to\\b)");

  /** Where one sentence ends and the next begins: a value holding one is prose, not a window. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

  /** Between the two ends of a window written with a date or zone on each side. */
  private static final Pattern WINDOW_SPLIT = Pattern.compile("\\s+(?:--?|–|—|to|until|→)\\s+");

  /** Two times of day joined as a range: {@code 08:43–10:52}, {@code 10:00 - 14:00}. */
  private static final Pattern TIME_RANGE =
      Pattern.compile(
          "(?i)(?<![\\d:.])(\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)\\s*(?:-|–|—|to|until|till)\\s*"
              + "(\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)(?![\\d.:])");

  private static final Pattern NEXT_DAY =
      Pattern.compile("(?i)\\bnext day\\b|\\bthe day after\\b|\\(\\+1\\s*d(?:ay)?\\)");

  /** The start and end the document states, when it states both. */
  public static Optional<IncidentSpan> read(
      List<MetadataEntry> metadata,
      MetadataSpec labels,
      List<TimelineEntry> timeline,
      List<String> sentences,
      LocalDate day) {
    // Times without a date in labelled values still give a duration, counted from an arbitrary day.
    LocalDate labelDay = day != null ? day : LocalDate.of(2000, 1, 1);
    LocalDateTime start = null;
    LocalDateTime end = null;
    int startRank = Integer.MAX_VALUE;
    int endRank = Integer.MAX_VALUE;
    for (MetadataEntry entry : metadata) {
      if (Placeholders.contains(entry.value())) {
        continue;
      }
      String key = labels.keyForLabel(entry.key()).orElse(entry.key());
      if (key.equals("time") && start == null && end == null) {
        String[] range = entry.value().split("\\s+(?:-|–|to)\\s+", 2);
        if (range.length == 2) {
          start = at(range[0], labelDay).orElse(null);
          end = at(range[1], labelDay).orElse(null);
          startRank = endRank = start != null && end != null ? 0 : Integer.MAX_VALUE;
        }
        continue;
      }
      // A window is a short value; a paragraph in a table cell is prose ("from 100ms to 200s").
      if (start == null
          && end == null
          && entry.value().length() <= 90
          && !SENTENCE_BREAK.matcher(entry.value()).find()
          && WINDOW_LABEL.matcher(key).find()) {
        // "November 11, 16:02 UTC -- November 14, 15:02 UTC": each side its own date and time.
        String[] sides = WINDOW_SPLIT.split(entry.value(), 2);
        if (sides.length == 2) {
          Optional<LocalDateTime> s = at(sides[0], labelDay);
          Optional<LocalDateTime> e =
              at(sides[1], s.map(LocalDateTime::toLocalDate).orElse(labelDay));
          if (s.isPresent()
              && e.isPresent()
              && TimeReader.time(sides[0]).isPresent()
              && TimeReader.time(sides[1]).isPresent()) {
            start = s.get();
            end = e.get();
            startRank = endRank = 0;
            continue;
          }
        }
        Matcher range = TIME_RANGE.matcher(entry.value());
        if (range.find()) {
          LocalDate on = TimeReader.date(entry.value(), labelDay).orElse(labelDay);
          start = at(range.group(1), on).orElse(null);
          end = at(range.group(2), on).orElse(null);
          if (start != null && end != null) {
            startRank = endRank = 0;
            continue;
          }
          start = end = null;
        }
      }
      int s = key.equals("start") ? 0 : rank(START_LABELS, key);
      int e = key.equals("end") ? 0 : rank(END_LABELS, key);
      if (s < startRank) {
        Optional<LocalDateTime> t = at(entry.value(), labelDay);
        if (t.isPresent()) {
          start = t.get();
          startRank = s;
        }
      } else if (e < endRank) {
        Optional<LocalDateTime> t = at(entry.value(), labelDay);
        if (t.isPresent()) {
          end = t.get();
          endRank = e;
        }
      }
    }
    if (start != null && end != null) {
      return Optional.of(new IncidentSpan(start, end, hasTime(start, end), true, startRank == 1));
    }
    for (TimelineEntry entry : timeline) {
      String text = entry.timeText() + " " + entry.event();
      if (entry.time().isPresent() && start == null && START_MARKER.matcher(text).find()) {
        start = entry.time().get();
      } else if (entry.time().isPresent()
          && end == null
          && START_MARKER.matcher(text).find() == false
          && END_MARKER.matcher(text).find()) {
        end = entry.time().get();
      }
    }
    if (start == null || end == null) {
      ProseTimes.Times prose = ProseTimes.read(sentences, day);
      if ((start == null && end == null)
          || (prose.start().isPresent() && prose.end().isPresent())) {
        start = prose.start().orElse(start);
        end = prose.end().orElse(end);
      } else {
        start = start != null ? start : prose.start().orElse(null);
        end = end != null ? end : prose.end().orElse(null);
      }
    }
    return start == null || end == null
        ? Optional.empty()
        : Optional.of(new IncidentSpan(start, end, hasTime(start, end), false, false));
  }

  /** Whether end minus start measures the incident: both have a time and the start is no notice. */
  public boolean measuresIncident() {
    return timed && !startsAtNotice;
  }

  /**
   * End minus start, plus a day when that is negative: an incident that crossed midnight, written
   * with times only.
   */
  public Duration length() {
    Duration d = Duration.between(start, end);
    return d.isNegative() ? d.plusDays(1) : d;
  }

  private static int rank(List<Pattern> patterns, String key) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(key).matches()) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean hasTime(LocalDateTime start, LocalDateTime end) {
    return !start.toLocalTime().equals(LocalTime.MIDNIGHT)
        || !end.toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  /** A time on the date the value states, else on {@code day}; or a date alone, at its start. */
  private static Optional<LocalDateTime> at(String text, LocalDate day) {
    var time = TimeReader.time(text);
    Optional<LocalDate> date = TimeReader.date(text, day);
    if (time.isEmpty()) {
      return date.map(LocalDate::atStartOfDay);
    }
    LocalDate on = date.orElse(day);
    if (on != null && date.isEmpty() && NEXT_DAY.matcher(text).find()) {
      on = on.plusDays(1); // "02:50 (next day)"
    }
    return on == null ? Optional.empty() : Optional.of(LocalDateTime.of(on, time.get()));
  }
}
