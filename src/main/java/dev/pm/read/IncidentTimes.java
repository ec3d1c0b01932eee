package dev.pm.read;

import dev.pm.model.MetadataEntry;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Placeholders;
import dev.pm.schema.MetadataSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an incident started and when it ended, as the document states them, each side on its own,
 * first found first:
 *
 * <ol>
 *   <li>labelled values: {@code Start:}/{@code End:}, {@code **Detected**}/{@code **Resolved**}
 *       rows, "Reported on"/"Resolved on", key-event lines ({@code - Resolved 2023-01-11 15:51},
 *       {@code Service fully restored: 11 Jan 2023 15:51}), or a range such as {@code Time: 14:00 -
 *       15:30 UTC};
 *   <li>outage markers in the timeline ({@code <START OF OUTAGE>}, {@code **OUTAGE BEGINS**},
 *       "Outage ends"), at their entry's time;
 *   <li>sentences ({@link ProseTimes}): "from 16:58 to 18:46 UTC", "resolved at 2:57 pm PST";
 *   <li>where none of these states either side, the timeline's own words ({@link TimelineSpan}):
 *       the entry that names the onset of impact and the first after it that records the
 *       resolution, both or neither; where only one side is stated, the other from the timeline
 *       (the onset before a stated end, the resolution after a stated start).
 * </ol>
 *
 * A value with a time but no date is on the incident date. Values that are template placeholders
 * are skipped.
 *
 * <p>Many post-mortems state only one side (a "Resolved" line under key events, an "Incident start"
 * label), so each side stands alone; the {@link IncidentSpan} is there only when both are. A start
 * that is when the incident was noticed ("Detected", "Reported on") is no start of the incident: it
 * may bound the span (the time to resolve), but is not given as the start.
 *
 * @param start when the incident began, when stated
 * @param end when it ended, when stated
 * @param span both, when both are stated
 * @param detected when the incident was detected, as a label states it with a time of day
 *     ("Detected: 14:25 UTC", "Alerted at", "First report", "検知日時", "Détecté à"): MTTD is measured
 *     from the start to it
 * @param startFromTimeline whether the start was read from the timeline's own words, the entry
 *     naming the onset of impact ({@link TimelineSpan}), where nothing states it: computed by the
 *     reader, as MTTx from the timeline are
 * @param endFromTimeline whether the end was, likewise: the first entry after the onset that
 *     records the resolution
 */
public record IncidentTimes(
    Optional<LocalDateTime> start,
    Optional<LocalDateTime> end,
    Optional<IncidentSpan> span,
    Optional<LocalDateTime> detected,
    boolean startFromTimeline,
    boolean endFromTimeline) {

  static final IncidentTimes NONE =
      new IncidentTimes(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);

  /**
   * The moment word after a CJK label ("日時", "時刻", "时间", "시각", "일시"), optional: "復旧" alone is a
   * label too; a zone may follow in parentheses ("発生日時 (JST)").
   */
  private static final String CJK_MOMENT = "(?:日時|時刻|時間|日|时间|時間|时刻|시각|시간|일시)?(?:\\s*[(（].*[)）])?$";

  /**
   * Labels of a start, most specific first: an explicit start outranks the time it was detected.
   */
  private static final List<Pattern> START_LABELS =
      List.of(
          Pattern.compile(
              "^(?:(?:incident|outage|impact|issue|downtime|disruption|problem|fault|failure|degradation)\\s+)?(?:start|starts|started|began|begin|begins|beginning|start time|start date|started at|started on|occurs|occurred|occurred at|occurred on|first impact|impact start|outage start"
                  // The service as it went down: "Down: 12:00", "Went down at".
                  + "|down|went down|down since|down at"
                  // The same label in other languages: "Beginn", "Début", "Inicio", "Início".
                  + "|beginn|anfang|début|debut|inicio|início|comienzo|inizio|aanvang|begynnelse)(?:\\s+(?:at|on|when|time|date))?(?:\\s*\\(.*\\))?$"
                  // Occurrence or start, with its moment, in Japanese, Chinese and Korean:
                  // "発生日時", "障害発生時刻", "发生时间", "开始时间", "발생 시각", "시작 일시".
                  + "|^(?:障害|故障|事故|장애)?\\s*(?:発生|开始|開始|发生|發生|발생|시작)\\s*"
                  + CJK_MOMENT),
          Pattern.compile(
              "^(?:first\\s+)?(?:detected|detection|reported|first report|opened|identified|declared|alerted|alert|alerted at|paged|noticed"
                  // "Time detected", "Alert received", "Détecté à", "Erkannt um", "Detectado".
                  + "|time detected|time of detection|alert received|alert fired|alert triggered"
                  + "|détecté|detecte|détection|signalé|erkannt|entdeckt|gemeldet|detectado|detección)"
                  + "(?:\\s+(?:at|on|time|date|à|le|um|am|a las))?(?:\\s*\\(.*\\))?$"
                  // Detection: "検知日時", "発見時刻", "发现时间", "탐지 시각", "인지 시각".
                  + "|^(?:障害|故障|장애)?\\s*(?:検知|検出|発見|发现|發現|检测|탐지|감지|인지)\\s*"
                  + CJK_MOMENT));

  /** The rank of a label that is neither a start nor an end. */
  private static final int NONE_RANK = Integer.MAX_VALUE;

  /** The rank in {@link #START_LABELS} of a label that says when it was noticed. */
  private static final int NOTICED = 1;

  private static final List<Pattern> END_LABELS =
      List.of(
          Pattern.compile(
              "^(?:(?:incident|outage|impact|issue|downtime|disruption|problem|fault|failure|degradation|services?|systems?)\\s+)?(?:(?:fully|completely)\\s+)?(?:end|ends|ended|end time|end date|ended at|ended on|impact end|outage end|mitigated|mitigated at|mitigated on|restored|recovered|resolved|resolved at|resolved on|resolution time|fixed|fixed at|fixed on|closed|closed at|closed on"
                  // The all-clear is the end as declared: "All clear: 11:45 UTC".
                  + "|all[- ]clear|all[- ]clear given|all[- ]clear declared"
                  // The service as it came back: "Up: 13:05", "Back up", "Back online".
                  + "|up|back up|back online|came back|up again"
                  // And the end in other languages: "Ende", "Fin", "Fim", "Einde", "Slutt".
                  + "|ende|fin|fim|einde|slutt)(?:\\s+(?:at|on|when|time|date))?(?:\\s*\\(.*\\))?$"
                  // Recovery or end in Japanese, Chinese and Korean: "復旧日時", "解消時刻",
                  // "恢复时间", "结束时间", "복구 시각", "종료 일시".
                  + "|^(?:障害|故障|장애|서비스)?\\s*(?:復旧|解消|収束|終了|恢复|恢復|结束|結束|解决|解決|복구|종료|해결|정상화)\\s*"
                  + CJK_MOMENT));
  private static final Pattern START_MARKER =
      Pattern.compile(
          "(?i)\\b(?:start|beginning|begin|onset)\\s+of\\s+(?:the\\s+)?(?:outage|incident|impact|downtime|disruption)\\b"
              + "|\\b(?:outage|incident|impact|downtime|disruption)\\s+(?:begins|began|starts|started|start|occurs|occurred|happened)\\b");

  /**
   * The end as a timeline entry declares it: "Outage ends", "End of impact", "Incident resolved",
   * "... and the issue goes away".
   */
  private static final Pattern END_MARKER =
      Pattern.compile(
          "(?i)\\bend\\s+of\\s+(?:the\\s+)?(?:outage|incident|impact|downtime|disruption)\\b"
              + "|\\b(?:outage|incident|impact|downtime|disruption)\\s+(?:ends|ended|end|is over|over)\\b"
              + "|\\bincident\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?resolved\\b"
              + "|\\b(?:issue|problem|outage|errors?)\\s+(?:goes|went)\\s+away\\b");

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

  /**
   * Where a statement in a timeline entry ends: a sentence, a clause, a parenthesis, a bold run.
   */
  private static final Pattern STATEMENT_BOUNDARY = Pattern.compile("[.,!?;:()\\[\\]]|\\*\\*|__");

  /** The words a marker statement may hold: "The outage starts here" is one, a story is not. */
  private static final int MARKER_WORDS = 5;

  private static final Pattern NEXT_DAY =
      Pattern.compile("(?i)\\bnext day\\b|\\bthe day after\\b|\\(\\+1\\s*d(?:ay)?\\)");

  /**
   * The start as a moment the document dates: empty when it is not stated, or when it has a time
   * but no day ({@code incidentDate} is empty and the reader counted it from {@link
   * TimeReader#STAND_IN_DAY}).
   */
  public Optional<LocalDateTime> datedStart(Optional<LocalDate> incidentDate) {
    return start.filter(t -> dated(t, incidentDate));
  }

  /**
   * The end as {@link #datedStart} gives the start, and after it: the next day when a span written
   * with times only crossed midnight, as {@link IncidentSpan#length} measures it.
   */
  public Optional<LocalDateTime> datedEnd(Optional<LocalDate> incidentDate) {
    return span.map(IncidentSpan::measuredEnd).or(() -> end).filter(t -> dated(t, incidentDate));
  }

  /**
   * Whether {@code t} is on a day the document gave. Without an incident date, a time without a
   * date of its own is on the stand-in day (or a day after it, past midnight); a document dated
   * nowhere does not date its times in the year 2000.
   */
  private static boolean dated(LocalDateTime t, Optional<LocalDate> incidentDate) {
    return incidentDate.isPresent() || t.getYear() != TimeReader.STAND_IN_DAY.getYear();
  }

  /** The start and end the document states, each alone or both. */
  static IncidentTimes read(
      List<MetadataEntry> metadata,
      MetadataSpec labels,
      List<TimelineEntry> timeline,
      List<String> sentences,
      LocalDate day) {
    // Times without a date in labelled values still give a duration, counted from an arbitrary day.
    LocalDate labelDay = day != null ? day : TimeReader.STAND_IN_DAY;
    LocalDateTime start = null;
    LocalDateTime end = null;
    int startRank = Integer.MAX_VALUE;
    int endRank = Integer.MAX_VALUE;
    // Sides stated as a date alone, kept apart until it is known whether the other side is too.
    LocalDateTime startDay = null;
    LocalDateTime endDay = null;
    int startDayRank = Integer.MAX_VALUE;
    int endDayRank = Integer.MAX_VALUE;
    LocalDateTime detected = null;
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
      boolean timed = TimeReader.time(entry.value()).isPresent();
      if (day == null
          && labelDay.equals(TimeReader.STAND_IN_DAY)
          && (s < NONE_RANK || e < NONE_RANK)) {
        // "Impact start: 2024-06-11 10:00" then "Resolved: 11:30": in a document dated nowhere
        // else, the day the first side states is the day of the times after it.
        labelDay = TimeReader.date(entry.value()).orElse(labelDay);
      }
      if (s == NOTICED && timed && detected == null) {
        detected = at(entry.value(), labelDay).orElse(null);
      }
      if (s < startRank) {
        Optional<LocalDateTime> t = at(entry.value(), labelDay);
        if (t.isPresent() && timed) {
          start = t.get();
          startRank = s;
        } else if (t.isPresent() && s < startDayRank) {
          startDay = t.get();
          startDayRank = s;
        }
      } else if (e < endRank) {
        Optional<LocalDateTime> t = at(entry.value(), labelDay);
        if (t.isPresent() && timed) {
          end = t.get();
          endRank = e;
        } else if (t.isPresent() && e < endDayRank) {
          endDay = t.get();
          endDayRank = e;
        }
      }
    }
    if (detected == null) {
      // "We were paged at 14:10", "Customers first reported errors at 14:12": said in prose.
      detected = ProseDetection.read(sentences, day).orElse(null);
    }
    // A date alone ("発生日時 | 2023-05-01", "Occurred: 1 May 2023") is the day it happened, not
    // a moment: taken as a start at midnight it gave a latent fault a 787-minute duration against
    // a timed end. Only two dates alone ("Start: 2019-03-11", "End: 2019-03-12") are a span, of
    // whole days, and are kept as such.
    if (start == null && end == null && startDay != null && endDay != null) {
      start = startDay;
      startRank = startDayRank;
      end = endDay;
      endRank = endDayRank;
    }
    if (start != null && start.equals(end) && hasTime(start, end)) {
      // An end at the very instant of the start is no end: a status page fills "resolvedWhen"
      // with the time it was opened until someone resolves it.
      end = null;
    }
    if (start != null && end != null) {
      IncidentSpan span = new IncidentSpan(start, end, hasTime(start, end), true, startRank == 1);
      return new IncidentTimes(
          startRank == 1 ? Optional.empty() : Optional.of(start),
          Optional.of(end),
          Optional.of(span),
          Optional.ofNullable(detected),
          false,
          false);
    }
    // A labelled start when it was noticed bounds a span with a stated end, never a start alone.
    LocalDateTime noticedAt = startRank == 1 ? start : null;
    // A marker inside a longer sentence ("if the incident is over or not", "the logs around the
    // start of the outage") bounds a span the other marker confirms, but is no side on its own.
    LocalDateTime looseStart = null;
    LocalDateTime looseEnd = null;
    for (TimelineEntry entry : timeline) {
      String text = entry.timeText() + " " + entry.event();
      Matcher startMarker = START_MARKER.matcher(text);
      Matcher endMarker = END_MARKER.matcher(text);
      if (entry.time().isPresent() && start == null && startMarker.find()) {
        start = entry.time().get();
        looseStart = standsAlone(text, startMarker.start()) ? null : start;
      } else if (entry.time().isPresent()
          && end == null
          && !START_MARKER.matcher(text).find()
          && endMarker.find()) {
        end = entry.time().get();
        looseEnd = standsAlone(text, endMarker.start()) ? null : end;
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
    boolean startFromTimeline = false;
    boolean endFromTimeline = false;
    if (start == null && end == null) {
      // The timeline's own words: "error rate started to rise" ... "incident resolved".
      start = TimelineSpan.start(timeline).orElse(null);
      end = start == null ? null : TimelineSpan.end(timeline, start).orElse(null);
      start = end == null ? null : start;
      startFromTimeline = endFromTimeline = end != null;
    } else if (start == null && noticedAt == null && !end.equals(looseEnd)) {
      // A stated end ("Incident resolved", "restored at 15:30"): the onset the timeline names
      // before it is the start.
      LocalDateTime stated = end;
      start = TimelineSpan.start(timeline).filter(s -> s.isBefore(stated)).orElse(null);
      startFromTimeline = start != null;
    } else if (end == null && noticedAt == null && !start.equals(looseStart)) {
      // A stated start ("Outage occurred", "began at 14:05"): the first entry after it that
      // records the resolution ("Search is back", "service restored") is the end.
      end = TimelineSpan.end(timeline, start).orElse(null);
      endFromTimeline = end != null;
    }
    boolean noticed = noticedAt != null && noticedAt.equals(start);
    if (start == null || end == null) {
      start = start != null && start.equals(looseStart) ? null : start;
      end = end != null && end.equals(looseEnd) ? null : end;
      return new IncidentTimes(
          noticed ? Optional.empty() : Optional.ofNullable(start),
          Optional.ofNullable(end),
          Optional.empty(),
          Optional.ofNullable(detected),
          false,
          false);
    }
    IncidentSpan span = new IncidentSpan(start, end, hasTime(start, end), false, noticed);
    return new IncidentTimes(
        noticed ? Optional.empty() : Optional.of(start),
        Optional.of(end),
        Optional.of(span),
        Optional.ofNullable(detected),
        startFromTimeline,
        endFromTimeline);
  }

  /**
   * Whether the marker at {@code at} is a statement of its own: its sentence, parenthesis or bold
   * run is the marker and at most a few words more ("Start of incident.", "**Outage begins.**",
   * "(**outage starts**)").
   */
  private static boolean standsAlone(String text, int at) {
    int from = 0;
    Matcher boundary = STATEMENT_BOUNDARY.matcher(text);
    int to = text.length();
    while (boundary.find()) {
      if (boundary.start() < at) {
        from = boundary.end();
      } else {
        to = boundary.start();
        break;
      }
    }
    String statement = text.substring(from, to).strip();
    return !statement.isEmpty() && statement.split("\\s+").length <= MARKER_WORDS;
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
