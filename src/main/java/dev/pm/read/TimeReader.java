package dev.pm.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times timelines are written with: {@code 2026-03-14 14:05}, {@code 14:05}, {@code 2:05
 * PM}, {@code 14.05}, {@code March 14, 2026 2:05pm}, a date alone ({@code 14 March 2026}, {@code
 * 2026年3月14日}). A time without a date takes the date given before it in the same timeline.
 *
 * <p>Zones: the first zone stated (front matter {@code timezone:}, a table header such as {@code
 * Time (UTC)}, "All times are UTC", or an entry's own {@code 14:05 UTC}) is the timeline's; an
 * entry without one is in it, and an entry in another zone ({@code 10:30 EDT}) is converted to it,
 * so that entries compare as instants.
 */
public final class TimeReader {

  /**
   * The day times are counted from when the document gives no date at all: it keeps their order and
   * differences, and is no date of the incident.
   */
  static final LocalDate STAND_IN_DAY = LocalDate.of(2000, 1, 1);

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DATE =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)(?<![\\d:.])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?![\\d]|\\.\\d)");

  /** "11 pm", "9am": an hour with AM/PM and no minutes. */
  private static final Pattern HOUR_MERIDIEM =
      Pattern.compile("(?i)(?<![\\d:.])(\\d{1,2})\\s*([ap])\\.?m\\.?(?![a-z])");

  /** {@code 04-10-2021}, {@code 11/03/2022}: month and day in an order the text does not say. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![-\\d/.])(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})(?![-\\d/.:])");

  /**
   * {@code 22.02.2024}: the dotted date of much of Europe, always day first (no one writes the
   * month first with dots).
   */
  private static final Pattern DOTTED_DATE =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");

  /**
   * {@code 2026年3月14日}, {@code 2026년 3월 14일}: year, month and day as Chinese, Japanese and Korean
   * write them.
   */
  private static final Pattern CJK_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  /** {@code 5 November 2022}, {@code 26th Sept}. */
  private static final Pattern DAY_MONTH_DATE =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+(\\d{4}))?\\b");

  /**
   * A time of day written without a colon at the start of a timeline entry: the French "14h05", or
   * 24-hour "0251Z", "0251 UTC", "1845 -". Four digits alone that could be a year (1900-2059: "2019
   * - the service launched") count only with a zone after them; a number in prose ("1500 requests")
   * has neither a zone nor a dash after it.
   */
  private static final String COMPACT_TIME =
      "(?:[01]?\\d|2[0-3])h[0-5]\\d(?![\\d\\p{L}])"
          + "|(?:[01]\\d|2[0-3])[0-5]\\d(?:Z|\\s?(?:UTC|GMT))(?![\\p{L}\\d])"
          + "|(?:0\\d|1[0-8]|2[1-3])[0-5]\\d(?=\\s*(?:[-–—|:]|hrs?\\b))";

  /** {@link #COMPACT_TIME} at the start of an entry. */
  private static final Pattern LEADING_COMPACT =
      Pattern.compile("(?i)^\\W{0,3}(?:" + COMPACT_TIME + ")");

  /** The hour and minutes of a compact time. */
  private static final Pattern COMPACT_PARTS = Pattern.compile("(\\d{1,2})h?(\\d{2})$");

  /**
   * The start of a line that begins with a time: what makes a bullet or heading a timeline entry.
   * An hour alone counts with AM or PM ("9 AM: paged"), never without ("3 nodes").
   */
  static final Pattern LEADING_TIME =
      Pattern.compile(
          "(?i)^\\W{0,3}(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?(?![a-z])|"
              + COMPACT_TIME
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b[^:]{0,30}?\\d{1,2}[:.]\\d{2})");

  /**
   * The time a timeline entry's text starts with, as written: {@code 14:18} of {@code 14:18 config
   * change identified}. A text that does not start with one is given back stripped.
   */
  public static String leadingTime(String text) {
    Matcher m = LEADING_TIME.matcher(text);
    return m.find() ? LEADING_MARKS.matcher(m.group()).replaceFirst("") : text.strip();
  }

  /** What {@link #LEADING_TIME} allows before the time: a bullet, an opening bracket, a star. */
  private static final Pattern LEADING_MARKS = Pattern.compile("^\\W+");

  /**
   * Zones written after times: UTC/GMT with an optional offset, Z, an offset, or a common
   * abbreviation.
   */
  private static final Pattern ZONE =
      Pattern.compile(
          "(?<![A-Za-z])(?:UTC|GMT)(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?(?![A-Za-z])|(?<=\\d)(Z)(?![A-Za-z])"
              + "|(?<![A-Za-z])([A-Z]{3,4})(?![A-Za-z])|(?<=\\d\\s)([+-]\\d{2}):?(\\d{2})(?!\\d)");

  private static final Map<String, ZoneOffset> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("WET", ZoneOffset.UTC),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)),
          Map.entry("ICT", ZoneOffset.ofHours(7)),
          Map.entry("WIB", ZoneOffset.ofHours(7)),
          Map.entry("SGT", ZoneOffset.ofHours(8)),
          Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("KST", ZoneOffset.ofHours(9)),
          Map.entry("NZST", ZoneOffset.ofHours(12)),
          Map.entry("NZDT", ZoneOffset.ofHours(13)),
          Map.entry("BRT", ZoneOffset.ofHours(-3)),
          Map.entry("HST", ZoneOffset.ofHours(-10)),
          Map.entry("AKST", ZoneOffset.ofHours(-9)),
          Map.entry("AKDT", ZoneOffset.ofHours(-8)));

  private LocalDate lastDate;
  private LocalDateTime lastTime;
  private ZoneOffset timelineZone;

  TimeReader(LocalDate documentDate, ZoneOffset zone) {
    this.lastDate = documentDate;
    this.timelineZone = zone;
  }

  /**
   * Takes the zone a text states (a header, "All times are UTC") as the timeline's, if none is yet.
   */
  void noteZone(String text) {
    if (timelineZone == null) {
      timelineZone = zone(text).orElse(null);
    }
  }

  /**
   * Takes the date a paragraph states ("All times in PST, on February 5th 2019") as the date of the
   * entries after it that give only a time.
   */
  void noteDate(String text) {
    date(text, lastDate).ifPresent(d -> lastDate = d);
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
        return Optional.of(
            ZoneOffset.ofHoursMinutes(h, h < 0 || hours.startsWith("-") ? -min : min));
      } catch (java.time.DateTimeException | NumberFormatException e) {
        // an offset out of range is not a zone; look further
      }
    }
    return Optional.empty();
  }

  Optional<LocalDateTime> read(String text) {
    text = withColon(text);
    LocalDate date = date(text, lastDate).orElse(null);
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
      day = STAND_IN_DAY;
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

  /**
   * The entry with a leading compact time ({@link #COMPACT_TIME}) written as {@code 02:51}, so the
   * time and zone are read as any other; other text as it is.
   */
  static String withColon(String text) {
    Matcher compact = LEADING_COMPACT.matcher(text);
    if (!compact.lookingAt()) {
      return text;
    }
    String lead = compact.group();
    Matcher parts = COMPACT_PARTS.matcher(lead.replaceAll("(?i)\\s*(?:Z|UTC|GMT)$", ""));
    if (!parts.find()) {
      return text;
    }
    return text.substring(0, compact.start() + parts.start())
        + parts.group(1)
        + ":"
        + parts.group(2)
        + text.substring(compact.start() + parts.end());
  }

  public static Optional<LocalDate> date(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    Matcher named = MONTH_DATE.matcher(text);
    if (named.find() && named.group(3) != null) {
      try {
        Month month = monthOf(named.group(1));
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(2))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    Matcher cjk = CJK_DATE.matcher(text);
    if (cjk.find()) {
      return of(
          Integer.parseInt(cjk.group(1)),
          Integer.parseInt(cjk.group(2)),
          Integer.parseInt(cjk.group(3)));
    }
    // "14 March 2026": with its year it is a whole date; without, date(text, reference) reads it.
    Matcher dayMonth = DAY_MONTH_DATE.matcher(text);
    if (dayMonth.find() && dayMonth.group(3) != null) {
      return of(
          Integer.parseInt(dayMonth.group(3)),
          monthOf(dayMonth.group(2)).getValue(),
          Integer.parseInt(dayMonth.group(1)));
    }
    return Optional.empty();
  }

  public static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.find()) {
      Matcher hourOnly = HOUR_MERIDIEM.matcher(text);
      return hourOnly.find()
          ? clock(Integer.parseInt(hourOnly.group(1)), 0, 0, hourOnly.group(2))
          : Optional.empty();
    }
    return clock(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
        m.group(4));
  }

  /**
   * A clock reading. "12:30 AM" is 00:30; "00:40 AM" is read as written; "20:50pm", a 24-hour time
   * with a needless PM, is 20:50 as a person reads it; "20:50am" contradicts itself and is no time.
   */
  private static Optional<LocalTime> clock(int hour, int minute, int second, String meridiem) {
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      if ((hour > 12 && !pm) || hour > 23) {
        return Optional.empty();
      }
      if (hour >= 1 && hour <= 12) {
        hour = hour % 12 + (pm ? 12 : 0);
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute, second));
  }

  /**
   * The date a text states, where a date without its year ("Nov 5", "November 11, 4:02 PM") takes
   * the year of {@code reference}, and a date written {@code 04-10-2021} is read month first unless
   * that cannot be a date, or the day-first reading is the reference date itself.
   */
  public static Optional<LocalDate> date(String text, LocalDate reference) {
    Optional<LocalDate> full = date(text);
    if (full.isPresent()) {
      return full;
    }
    Matcher numeric = NUMERIC_DATE.matcher(text);
    if (numeric.find()) {
      int a = Integer.parseInt(numeric.group(1));
      int b = Integer.parseInt(numeric.group(3));
      int year = Integer.parseInt(numeric.group(4));
      Optional<LocalDate> monthFirst = of(year, a, b);
      Optional<LocalDate> dayFirst = of(year, b, a);
      if (dayFirst.isPresent() && (monthFirst.isEmpty() || dayFirst.get().equals(reference))) {
        return dayFirst;
      }
      return monthFirst;
    }
    Matcher dotted = DOTTED_DATE.matcher(text);
    if (dotted.find()) {
      Optional<LocalDate> d =
          of(
              Integer.parseInt(dotted.group(3)),
              Integer.parseInt(dotted.group(2)),
              Integer.parseInt(dotted.group(1)));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher dayMonth = DAY_MONTH_DATE.matcher(text);
    if (dayMonth.find()) {
      int year =
          dayMonth.group(3) != null
              ? Integer.parseInt(dayMonth.group(3))
              : reference != null ? reference.getYear() : -1;
      return year < 0
          ? Optional.empty()
          : of(year, monthOf(dayMonth.group(2)).getValue(), Integer.parseInt(dayMonth.group(1)));
    }
    Matcher named = MONTH_DATE.matcher(text);
    if (named.find() && reference != null && !named.group(2).isEmpty()) {
      return of(
          reference.getYear(),
          monthOf(named.group(1)).getValue(),
          Integer.parseInt(named.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
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
