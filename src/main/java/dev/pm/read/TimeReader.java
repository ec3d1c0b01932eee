package dev.pm.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times timelines are written with: {@code 2026-03-14 14:05}, {@code 14:05},
 * {@code 2:05 PM}, {@code 14.05}, {@code March 14, 2026 2:05pm}, a date alone. A time without a
 * date takes the date given before it in the same timeline.
 *
 * <p>Zones: the first zone stated (front matter {@code timezone:}, a table header such as
 * {@code Time (UTC)}, "All times are UTC", or an entry's own {@code 14:05 UTC}) is the timeline's;
 * an entry without one is in it, and an entry in another zone ({@code 10:30 EDT}) is converted to
 * it, so that entries compare as instants.
 */
public final class TimeReader {

  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DATE =
      Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
  private static final Pattern TIME =
      Pattern.compile("(?i)(?<![\\d:])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?![\\d])");

  /** The start of a line that begins with a time: what makes a bullet or heading a timeline entry. */
  static final Pattern LEADING_TIME =
      Pattern.compile("(?i)^\\W{0,3}(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b[^:]{0,30}?\\d{1,2}[:.]\\d{2})");

  /** Zones written after times: UTC/GMT with an optional offset, Z, an offset, or a common abbreviation. */
  private static final Pattern ZONE = Pattern.compile(
      "(?<![A-Za-z])(?:UTC|GMT)(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?(?![A-Za-z])|(?<=\\d)(Z)(?![A-Za-z])"
          + "|(?<![A-Za-z])([A-Z]{3,4})(?![A-Za-z])|(?<=\\d\\s)([+-]\\d{2}):?(\\d{2})(?!\\d)");
  private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("JST", ZoneOffset.ofHours(9)),
      Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

  private LocalDate lastDate;
  private LocalDateTime lastTime;
  private ZoneOffset timelineZone;

  TimeReader(LocalDate documentDate, ZoneOffset zone) {
    this.lastDate = documentDate;
    this.timelineZone = zone;
  }

  /** Takes the zone a text states (a header, "All times are UTC") as the timeline's, if none is yet. */
  void noteZone(String text) {
    if (timelineZone == null) {
      timelineZone = zone(text).orElse(null);
    }
  }

  /**
   * Takes the date a paragraph states ("All times in PST, on February 5th 2019") as the date of
   * the entries after it that give only a time.
   */
  void noteDate(String text) {
    date(text).ifPresent(d -> lastDate = d);
  }

  /** The zone a text states, as an offset. */
  public static Optional<ZoneOffset> zone(String text) {
    Matcher m = ZONE.matcher(text);
    while (m.find()) {
      try {
        if (m.group(3) != null) {
          return Optional.of(ZoneOffset.UTC);
        }
        if (m.group(4) != null) {
          ZoneOffset named = ABBREVIATIONS.get(m.group(4));
          if (named != null) {
            return Optional.of(named);
          }
          continue;
        }
        String hours = m.group(1) != null ? m.group(1) : m.group(5);
        String minutes = m.group(1) != null ? m.group(2) : m.group(6);
        if (hours == null) {
          return Optional.of(ZoneOffset.UTC); // UTC or GMT alone
        }
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        return Optional.of(ZoneOffset.ofHoursMinutes(h, h < 0 || hours.startsWith("-") ? -min : min));
      } catch (java.time.DateTimeException | NumberFormatException e) {
        // an offset out of range is not a zone; look further
      }
    }
    return Optional.empty();
  }

  Optional<LocalDateTime> read(String text) {
    LocalDate date = date(text).orElse(null);
    LocalTime time = time(text).orElse(null);
    if (date == null && time == null) {
      return Optional.empty();
    }
    Optional<ZoneOffset> stated = time == null ? Optional.empty() : zone(text);
    if (timelineZone == null) {
      timelineZone = stated.orElse(null);
    }
    if (date != null) {
      lastDate = date;
    }
    LocalDate day = date != null ? date : lastDate;
    LocalDateTime result;
    if (day == null) {
      // No date anywhere yet: count days from an arbitrary one, rolling over at midnight.
      day = LocalDate.of(2000, 1, 1);
    }
    result = LocalDateTime.of(day, time != null ? time : LocalTime.MIDNIGHT);
    if (stated.isPresent() && !stated.get().equals(timelineZone)) {
      result = result.atOffset(stated.get()).withOffsetSameInstant(timelineZone).toLocalDateTime();
    }
    if (date == null && lastTime != null && result.isBefore(lastTime.minusHours(12))) {
      result = result.plusDays(1); // 23:50 then 00:10: the next day
      lastDate = result.toLocalDate();
    }
    lastTime = result;
    return Optional.of(result);
  }

  public static Optional<LocalDate> date(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    Matcher named = MONTH_DATE.matcher(text);
    if (named.find() && named.group(3) != null) {
      try {
        Month month = monthOf(named.group(1));
        return Optional.of(LocalDate.of(Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(2))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    String meridiem = m.group(4);
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute, second));
  }

  private static Month monthOf(String abbreviation) {
    String a = abbreviation.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(a)) {
        return m;
      }
    }
    throw new IllegalArgumentException(abbreviation);
  }
}
