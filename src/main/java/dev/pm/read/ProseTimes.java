package dev.pm.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incident's start and end as sentences state them: "from 16:58 to 18:46 UTC", "from ~12:00
 * (maybe before) to 17:55 CEST", "between 12.39UTC and 17.17UTC", "between the hours of 1900 and
 * 2100 UTC", "resolved at 2:57 pm PST that day", "resolved @ 15:22 ICT, Sept 26 2021", "On Nov 1,
 * 2021 at approximately 09:45 am the attack ceased". A time without a date takes the date the same
 * sentence states, else the incident date.
 *
 * <p>Rationale: like {@link ProseFigures}, a time counts only where the sentence ties it to the
 * incident: a range in a sentence about the impact, an end after a verb of ending, a start after a
 * verb of starting; a release "deployed at 17:00" or a job that "ran from 16:00 to 17:00" without
 * errors is not the incident.
 */
final class ProseTimes {

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  static final String TIME = "(\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)";
  private static final String MILITARY = "([01]\\d|2[0-3])([0-5]\\d)";
  private static final String ZONE =
      "(?:\\s*(?:UTC|GMT|Z|[A-Z]{3,4})(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|\\s*[+-]\\d{2}:?\\d{2})?";

  /**
   * The day one side of a range may carry: "on 3 March", ", March 4th", "on 2024-03-04". Without a
   * year it takes the incident's, or the other side's.
   */
  private static final String SIDE_DATE =
      "(?:\\s*,?\\s*(?:on\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+"
          + MONTH
          + "|"
          + MONTH
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}))?";

  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)\\b(?:from|between)\\s+(?:approximately\\s+|about\\s+|around\\s+|~)?"
              + TIME
              + "("
              + ZONE
              + ")"
              + SIDE_DATE
              + "(?:\\s*\\((?![^()]*(?:notic|detect|report|alert))[^()]{0,30}\\))?"
              + "\\s*(?:to|and|until|till|-|–)\\s*"
              + "(?:approximately\\s+|about\\s+|around\\s+|~)?"
              + TIME
              + "("
              + ZONE
              + ")"
              + SIDE_DATE);
  private static final Pattern MILITARY_RANGE =
      Pattern.compile(
          "(?i)\\bbetween\\s+(?:the\\s+hours\\s+of\\s+)?"
              + MILITARY
              + "\\s*(?:hrs?\\s*)?(?:and|to|-|–)\\s*"
              + MILITARY
              + "\\s*(?:hrs?\\s*)?"
              + "((?-i:UTC|GMT|[A-Z]{3,4})(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)"); // a zone in

  // capitals: "2019
  // and 2020 the" is
  // years
  /**
   * How a sentence opens on a moment: "On ...", "At ...", or the moment itself said roughly,
   * "Around 09:50 UTC ...", "Approximately 4:19 AM ...".
   */
  private static final String MOMENT_OPENING =
      "(?:on\\s+|at\\s+|(?=(?:around|approximately|about|roughly)\\s+\\d))";

  private static final String APPROX =
      "(?:approximately\\s+|about\\s+|around\\s+|roughly\\s+|~\\s*)?";
  private static final String WHEN = "(?:at|@|on|by|around|approximately|about|~|\\s)+";
  private static final Pattern ENDED =
      Pattern.compile(
          "(?i)\\b(?:resolved|mitigated|restored|recovered|ceased|ended|stopped(?!\\s+\\w+ing\\b)|fully operational|back to normal|back online|all[- ]clear"
              // Closing the incident is its end as the team declared it.
              + "|closed (?:the|this|our) incident|incident (?:was |is |got )?closed)"
              + WHEN
              + "([^.;]{0,40}?)\\b"
              + TIME);
  private static final Pattern ENDED_AFTER =
      Pattern.compile(
          "(?i)(?:\\b(?:on|at|by)\\s+|^\\W*(?=(?:around|approximately|about|roughly)\\s+\\d))([^.;]{0,30}?)\\b"
              + APPROX
              + TIME
              + "[^.;]{0,50}?\\b(?:ceased|stopped|ended|was resolved|was mitigated|was restored|recovered|were restored"
              + "|(?:had\\s+|has\\s+)?returned to normal|(?:was|were)\\s+back to normal)\\b");

  /**
   * A service failing, said as its work stopping: "the queue stopped delivering messages at 10:15"
   * is the start, never an end, and makes the sentence one about the incident.
   */
  private static final String STOPPED_WORKING = "stopped (?:working|responding|delivering)";

  private static final Pattern STOPPED = Pattern.compile("(?i)\\b" + STOPPED_WORKING + "\\b");

  private static final Pattern STARTED =
      Pattern.compile(
          "(?i)\\b(?:began|started|starting|begun|beginning|commenced|occurred|"
              + STOPPED_WORKING
              + ")"
              + WHEN
              + "([^.;]{0,40}?)\\b"
              + TIME);

  /**
   * What the team began doing, between "started" and the time: "started investigating the errors at
   * 14:30", "began rolling back at 15:00" date the response, not the incident.
   */
  private static final Pattern RESPONSE =
      Pattern.compile(
          "(?i)\\b(?:investigat|look|work|respond|roll|deploy|migrat|upgrad|restor|fix|mitigat|revert|review|meet|call|pag|escalat|communicat|notif|debug|triag)\\w*");

  /**
   * An activity of the service coming to a halt: "the task processing stopped", "deliveries
   * stalled". Not someone stopping something ("engineers stopped the rollout") nor stopping to do
   * something ("stopped retrying").
   */
  private static final String WORK_STOPPED =
      "(?:\\w+ing|deliver(?:y|ies)|jobs|tasks|uploads|downloads|payments|builds|syncs?)\\s+(?:stopped|halted|stalled|froze)"
          + "(?!\\s+(?:the|a|an|all|any|our|its|their|his|her|\\w+ing)\\b)";

  /**
   * Verbs of the incident befalling a subject: "experienced", "went down", and a subject beginning
   * to fail: "requests began failing", "the API started returning 503 errors", "users started to
   * see timeouts". Beginning to do anything else ("started investigating") is the response.
   */
  private static final String HAPPENED =
      "(?:experienced|suffered|sustained|went (?:down|offline)|became (?:unavailable|unreachable)"
          + "|stopped (?:working|responding)"
          + "|"
          + WORK_STOPPED
          + "|"
          + ImpactOnset.BEGAN_FAILING
          + ")";

  /**
   * A moment, then the incident happening: "On February 28th, 2023 at approximately 01:55 UTC the
   * site experienced a degradation", "At 2019-10-21 01:38 UTC the website went down".
   */
  private static final Pattern STARTED_AFTER =
      Pattern.compile(
          "(?i)^\\W*"
              + MOMENT_OPENING
              + "([^.;]{0,40}?)\\b"
              + APPROX
              + TIME
              + ZONE
              // "the docs.rs website": a dot inside a name ends no sentence
              + ",?\\s+(?:(?:[^.;]|\\.(?=\\S)){0,40}?\\b"
              // "At 14:02 UTC a release went out to all regions, and logins began failing": the
              // failure in a clause joined by "and", its subject a few words.
              + "|(?:[^.;]|\\.(?=\\S)){0,100}?(?:,\\s*|\\s+)(?:and|then)\\s+(?:[\\w-]+\\s+){0,3}?)"
              + HAPPENED
              + "\\b");

  /**
   * What a subject may experience that is trouble, though no word of {@link
   * ProseText#ABOUT_INCIDENT}: "experienced a spike in response times".
   */
  private static final Pattern TROUBLE =
      Pattern.compile(
          "(?i)\\b(?:spikes?|surges?|slow\\w*|latenc\\w*|problems?|issues?|trouble|(?:was|were|is|are)\\s+not\\s+able|(?:wasn|weren)'t\\s+able)\\b|"
              + WORK_STOPPED);

  /** "(2026-06-18 → 2026-06-22)", "2026-06-18 09:00 to 2026-06-19 17:30": two written dates. */
  private static final Pattern DATE_RANGE =
      Pattern.compile(
          "(?i)\\b(\\d{4}-\\d{2}-\\d{2}(?:[ T]+\\d{1,2}:\\d{2})?)\\s*(?:→|->|⟶|–|—|\\bto\\b|\\buntil\\b|\\bthrough\\b)\\s*"
              + "(\\d{4}-\\d{2}-\\d{2}(?:[ T]+\\d{1,2}:\\d{2})?)");

  /**
   * "between 2024-03-03 14:05 and 2024-03-04 01:10 UTC": "and" joins two dates into a range only
   * after "between" ("failed on 2024-03-03 and 2024-03-05" is two days, no range).
   */
  private static final Pattern BETWEEN_DATES =
      Pattern.compile(
          "(?i)\\bbetween\\s+"
              + APPROX
              + "(\\d{4}-\\d{2}-\\d{2}(?:[ T]+\\d{1,2}:\\d{2})?)(?:\\s*(?:UTC|GMT|Z))?\\s+and\\s+"
              + APPROX
              + "(\\d{4}-\\d{2}-\\d{2}(?:[ T]+\\d{1,2}:\\d{2})?)");

  /** "checkouts started to time out": beginning to fail is trouble whatever words it uses. */
  private static final Pattern BEGAN_FAILING =
      Pattern.compile("(?i)\\b" + ImpactOnset.BEGAN_FAILING);

  private static final Pattern INCIDENT_SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:incident|issue|problem|outage|service|services|site|impact|attack|everything|all systems|downtime|disruption|errors|traffic|it)\\b");

  private ProseTimes() {}

  /** A start and/or end read from prose; either may be missing. */
  record Times(Optional<LocalDateTime> start, Optional<LocalDateTime> end) {
    static final Times NONE = new Times(Optional.empty(), Optional.empty());
  }

  static Times read(List<String> sentences, LocalDate day) {
    LocalDateTime start = null;
    LocalDateTime end = null;
    String previous = null;
    for (String sentence : sentences) {
      String before = previous;
      previous = sentence;
      if (start == null
          && end == null
          && twoIsoDates(sentence)
          && ProseText.ABOUT_INCIDENT.matcher(sentence).find()) {
        Optional<Matcher> dates = dateRange(sentence);
        if (dates.isPresent()) {
          Optional<LocalDateTime> s = dateTime(dates.get().group(1));
          Optional<LocalDateTime> e = dateTime(dates.get().group(2));
          if (s.isPresent() && e.isPresent() && !e.get().isBefore(s.get())) {
            start = s.get();
            end = e.get();
            continue;
          }
        }
      }
      if (end == null) {
        // "paged at 14:10 and mitigated the problem 11 minutes later": the moment named before.
        LocalDate relativeDay = day != null || start == null ? day : start.toLocalDate();
        LocalDateTime relative = RelativeTimes.end(sentence, before, relativeDay).orElse(null);
        end = relative != null && (start == null || relative.isAfter(start)) ? relative : null;
      }
      if (start == null && end == null) {
        // "entre 17h15 et 17h30", "zwischen 14:00 und 15:30 Uhr": a window in another language.
        Optional<LocalDateTime[]> window = foreignWindow(sentence, day);
        if (window.isPresent()) {
          start = window.get()[0];
          end = window.get()[1];
          continue;
        }
      }
      if (!ProseText.mayStateTime(sentence)
          || TimeReader.LEADING_TIME.matcher(sentence).lookingAt()) {
        continue; // a timeline entry: its markers are read from the timeline
      }
      boolean about =
          ProseText.ABOUT_INCIDENT.matcher(sentence).find()
              || STOPPED.matcher(sentence).find()
              || asideTo(sentence, before);
      // A start the prose dated ("At 14:02 UTC on March 3, 2026, ...") dates the times after it
      // in a document that states no incident date ("Service was restored at 15:30 UTC").
      LocalDate on = day != null || start == null ? day : start.toLocalDate();
      if (start == null && end == null && about) {
        Matcher range = RANGE.matcher(sentence);
        if (range.find()) {
          // Each side on the day it states ("between 23:05 UTC on 3 March and 01:40 UTC on 4
          // March"); else the start on the day written near the range, the end on the start's.
          boolean startDated = range.group(3) != null;
          boolean endDated = range.group(6) != null;
          LocalDate startDay =
              startDated
                  ? TimeReader.date(range.group(3), day).orElse(null)
                  : dateNear(sentence, range.start(), day);
          LocalDate endDay =
              endDated
                  ? TimeReader.date(range.group(6), startDay != null ? startDay : day).orElse(null)
                  : startDay;
          if (!startDated && endDated) {
            startDay = endDay; // "Between 14:05 and 15:40 UTC on 3 March": the day of both
          }
          Optional<LocalDateTime> s = at(range.group(1), range.group(2), range.group(5), startDay);
          Optional<LocalDateTime> e = at(range.group(4), range.group(5), range.group(5), endDay);
          if (s.isPresent() && e.isPresent()) {
            start = s.get();
            end = e.get();
            if (end.isBefore(start) && startDated && endDated) {
              start = end = null; // two days written that contradict the times: no guess
            } else if (end.isBefore(start)) {
              // Past midnight: the day written is the end's when only the end has one.
              start = endDated ? start.minusDays(1) : start;
              end = endDated ? end : end.plusDays(1);
            }
            if (start != null) {
              continue;
            }
          }
        }
        Matcher military = MILITARY_RANGE.matcher(sentence);
        if (military.find()) {
          LocalDate date = dateNear(sentence, military.start(), day);
          if (date != null) {
            start =
                LocalDateTime.of(
                    date,
                    LocalTime.of(
                        Integer.parseInt(military.group(1)), Integer.parseInt(military.group(2))));
            LocalDateTime e =
                LocalDateTime.of(
                    date,
                    LocalTime.of(
                        Integer.parseInt(military.group(3)), Integer.parseInt(military.group(4))));
            end = e.isBefore(start) ? e.plusDays(1) : e;
            continue;
          }
        }
      }
      boolean troubled =
          about || TROUBLE.matcher(sentence).find() || BEGAN_FAILING.matcher(sentence).find();
      if (start == null && troubled) {
        Matcher started = STARTED.matcher(sentence);
        Matcher startedAfter = STARTED_AFTER.matcher(sentence);
        if (!started.find() && startedAfter.find()) {
          start =
              at(
                      startedAfter.group(1) + " " + startedAfter.group(2),
                      sentence.substring(startedAfter.end(2)),
                      null,
                      dateNear(sentence, startedAfter.start(), day))
                  .orElse(null);
        } else if (about && started.find(0) && !RESPONSE.matcher(started.group(1)).find()) {
          start =
              at(
                      started.group(1) + " " + started.group(2),
                      sentence.substring(started.end()),
                      null,
                      dateNear(sentence, started.start(), day))
                  .orElse(null);
        }
      }
      boolean aboutEnd = about || INCIDENT_SUBJECT.matcher(sentence).find();
      if (end == null && aboutEnd) {
        Matcher ended = ENDED.matcher(sentence);
        Matcher after = ENDED_AFTER.matcher(sentence);
        if (ended.find()) {
          end = endAt(ended, sentence.substring(ended.end()), sentence, on);
        } else if (after.find()) {
          end = endAt(after, "", sentence, on);
        }
      } else if (end == null && start != null) {
        // Once the prose has said when it began, a later sentence that says something was
        // restored or recovered after that moment is the end, whatever it names ("Logins
        // recovered by 09:55 PST").
        Matcher ended = ENDED.matcher(sentence);
        if (ended.find()) {
          end = endAt(ended, sentence.substring(ended.end()), sentence, on);
          end = end != null && end.isAfter(start) ? end : null;
        }
      }
    }
    return start == null && end == null
        ? Times.NONE
        : new Times(Optional.ofNullable(start), Optional.ofNullable(end));
  }

  /**
   * Whether {@code sentence} is a parenthesis after a sentence about the impact: "The jobs ... were
   * not able to start. (Between 1:46pm - 5:30pm)" dates that impact.
   */
  private static boolean asideTo(String sentence, String previous) {
    return previous != null
        && sentence.startsWith("(")
        && (ProseText.ABOUT_INCIDENT.matcher(previous).find() || TROUBLE.matcher(previous).find());
  }

  /** The end an {@link #ENDED} or {@link #ENDED_AFTER} match states: its time, on its day. */
  private static LocalDateTime endAt(Matcher ended, String rest, String sentence, LocalDate day) {
    return at(
            ended.group(1) + " " + ended.group(2),
            rest,
            null,
            dateNear(sentence, ended.start(), day))
        .orElse(null);
  }

  /** The first range of two written dates in a sentence, one joined by "between" first. */
  private static Optional<Matcher> dateRange(String sentence) {
    for (Pattern range : List.of(BETWEEN_DATES, DATE_RANGE)) {
      Matcher m = range.matcher(sentence);
      if (m.find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** An ISO date, with the time written after it or else the start of that day. */
  private static Optional<LocalDateTime> dateTime(String written) {
    try {
      LocalDate date = LocalDate.parse(written.substring(0, 10));
      return Optional.of(
          LocalDateTime.of(
              date, TimeReader.time(written.substring(10)).orElse(LocalTime.MIDNIGHT)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "2026-13-45": not a date
    }
  }

  /** Whether a sentence holds two ISO dates ({@code dddd-dd-dd}): a scan before the pattern. */
  private static boolean twoIsoDates(String sentence) {
    int found = 0;
    for (int i = 0; i + 9 < sentence.length() && found < 2; i++) {
      if (sentence.charAt(i + 4) == '-'
          && sentence.charAt(i + 7) == '-'
          && Character.isDigit(sentence.charAt(i))
          && Character.isDigit(sentence.charAt(i + 3))
          && Character.isDigit(sentence.charAt(i + 9))) {
        found++;
        i += 9;
      }
    }
    return found == 2;
  }

  /**
   * The time in {@code text} on the date it states, else {@code day}; in the zone written after it
   * ({@code rest}), converted to the zone of the range's other end when they differ.
   */
  private static Optional<LocalDateTime> at(
      String text, String rest, String otherZone, LocalDate day) {
    Optional<LocalTime> time = TimeReader.time(text);
    LocalDate date = TimeReader.date(text, day).orElse(day);
    if (time.isEmpty() || date == null) {
      return Optional.empty();
    }
    LocalDateTime t = LocalDateTime.of(date, time.get());
    Optional<ZoneOffset> zone = TimeReader.zone(rest.length() > 12 ? rest.substring(0, 12) : rest);
    Optional<ZoneOffset> target = otherZone == null ? Optional.empty() : TimeReader.zone(otherZone);
    if (zone.isPresent() && target.isPresent() && !zone.equals(target)) {
      t = t.atOffset(zone.get()).withOffsetSameInstant(target.get()).toLocalDateTime();
    }
    return Optional.of(t);
  }

  /**
   * The date the sentence states near a position (after it, or in the 60 characters before), else
   * {@code day}.
   */
  /**
   * A window in a French, German or Spanish sentence ({@link ForeignRanges}), on the day written
   * near it or the incident's; past midnight when the end is written before the start.
   */
  private static Optional<LocalDateTime[]> foreignWindow(String sentence, LocalDate day) {
    if (TimeReader.LEADING_TIME.matcher(sentence).lookingAt()) {
      return Optional.empty(); // a timeline entry
    }
    return ForeignRanges.find(sentence)
        .flatMap(
            w -> {
              LocalDate on = dateNear(sentence, w.at(), day);
              if (on == null) {
                return Optional.empty();
              }
              LocalDateTime s = LocalDateTime.of(on, w.start());
              LocalDateTime e = LocalDateTime.of(on, w.end());
              return Optional.of(new LocalDateTime[] {s, e.isBefore(s) ? e.plusDays(1) : e});
            });
  }

  private static LocalDate dateNear(String sentence, int position, LocalDate day) {
    return TimeReader.date(sentence.substring(Math.max(0, position - 60)), day).orElse(day);
  }
}
