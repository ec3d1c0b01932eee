package dev.pm.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times timelines are written with: {@code 2026-03-14 14:05}, {@code 14:05},
 * {@code 2:05 PM}, {@code 14.05}, {@code March 14, 2026 2:05pm}, a date alone. A time without a
 * date takes the date given before it in the same timeline.
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

  private LocalDate lastDate;
  private LocalDateTime lastTime;

  TimeReader(LocalDate documentDate) {
    this.lastDate = documentDate;
  }

  Optional<LocalDateTime> read(String text) {
    LocalDate date = date(text).orElse(null);
    LocalTime time = time(text).orElse(null);
    if (date == null && time == null) {
      return Optional.empty();
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
