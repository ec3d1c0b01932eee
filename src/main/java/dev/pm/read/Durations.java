package dev.pm.read;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads stated durations: {@code 2 hours 15 minutes}, {@code 2h 30m}, {@code ~24h40m}, {@code 45
 * min}, {@code 01:30:00}, {@code 1.5 hours}, {@code two months} (of 30 days), and in words: {@code
 * two hours}, {@code an hour}, {@code forty-five minutes}. Only the first figure counts, never a
 * sum of several, and a range ({@code 2-3 hours}, {@code 10 to 15 minutes}) is no figure: which end
 * would be right is a guess, and a figure read wrongly is worse than none.
 */
public final class Durations {

  private static final Pattern CLOCK =
      Pattern.compile("^\\s*(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?\\s*$");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("ninety", 90));
  private static final String WORD =
      "(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|ninety"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an|a";

  /**
   * Units in other languages, as post-mortems written in them state durations ("~21.5 часов", "2분",
   * "3 Stunden"), with their length in seconds. Only words that are no English word: a Norwegian
   * "time" (hour) would turn "3 time(s)" into hours.
   */
  private static final Map<String, Integer> FOREIGN_UNITS = foreignUnits();

  private static final String FOREIGN =
      FOREIGN_UNITS.keySet().stream()
          .sorted(java.util.Comparator.comparing(String::length).reversed())
          .collect(java.util.stream.Collectors.joining("|"));

  private static final String UNIT =
      FOREIGN + "|months?|weeks?|wks?|w|days?|d|hours?|hrs?|hr|h|minutes?|mins?|m|seconds?|secs?|s";

  /** Units a number word stands before: "two hours", never "an d". */
  private static final String LONG_UNIT =
      "months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?";

  /** One part of a figure: a number or a number word, then a unit. */
  static final String PART =
      "(?:(\\d+(?:\\.\\d+)?)\\s*-?\\s*("
          + UNIT
          + ")|\\b("
          + WORD
          + ")[\\s-]+("
          + LONG_UNIT
          + "))(?![a-z\\p{IsCyrillic}])";

  private static final Pattern PART_PATTERN = Pattern.compile("(?i)" + PART);

  /**
   * What may stand between the parts of one figure: "16h 45m", "1 hour and 31 minutes", "2 hours, 5
   * minutes", and "and" in other languages ("2 timer og 10 minutter", "1 Stunde und 5 Minuten").
   */
  private static final Pattern JOIN =
      Pattern.compile(
          "(?iu)\\s*(?:,\\s*(?:and|og|och|und|et|en|y|e|и)|,|and|og|och|und|et|en|y|e|и)?\\s*");

  /**
   * Text just before a part that makes it the far end of a range: "2-3 hours", "10 to 15 minutes".
   */
  private static final Pattern RANGE_BEFORE =
      Pattern.compile("(?i)(?:\\d|\\b(?:" + WORD + "))\\s*(?:-|–|to|or)\\s*$");

  /** "14時30分": the minutes of a time of day in Japanese or Chinese, after the hour and "時". */
  private static final Pattern CLOCK_MINUTE = Pattern.compile("\\d\\s*[時时点點]\\s*$");

  /** "2 hours to 3 hours": the first figure of a range. */
  private static final Pattern RANGE_AFTER = Pattern.compile("(?i)\\s*(?:-|–|to|or)\\s*" + PART);

  /** "1 time og", "2 timer och": hours in Danish, Norwegian or Swedish before a minutes part. */
  private static final Pattern HOURS_BEFORE =
      Pattern.compile("(?i)(?<![\\d.,])(\\d{1,3})\\s+timer?\\s+(?:og|och)\\s+$");

  /** The minutes after an hour written "1 h 30": two digits, no unit, no more digits. */
  private static final Pattern HOUR_MINUTES = Pattern.compile("\\s*([0-5]\\d)(?![\\d\\p{L}:.,%])");

  /** "half an hour". */
  private static final Pattern HALF_HOUR = Pattern.compile("(?i)\\bhalf\\s+an?\\s+hour\\b");

  /**
   * An ISO 8601 duration, as tools and some templates write it: {@code PT1H30M}, {@code P1DT2H},
   * {@code P1M} (a month, never the minute the parts would read). At least one part must be there:
   * a bare "P" or "PT" is a letter, not a figure.
   */
  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\p{L}\\d])P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?(?![\\p{L}\\d])");

  private Durations() {}

  /** The first figure in {@code text}, as a label's value states it. */
  public static Optional<Duration> parse(String text) {
    Matcher clock = CLOCK.matcher(text);
    if (clock.matches()) {
      long seconds =
          Long.parseLong(clock.group(1)) * 3600
              + Long.parseLong(clock.group(2)) * 60
              + (clock.group(3) == null ? 0 : Long.parseLong(clock.group(3)));
      return Optional.of(Duration.ofSeconds(seconds));
    }
    return find(text, 0).map(Found::duration);
  }

  /** A figure found in a text, and where it stands. */
  record Found(Duration duration, int start, int end) {}

  /**
   * The first figure at or after {@code from}: its parts read together ("1 hour and 48 minutes"),
   * ranges skipped. A number word alone ("a", "an") must stand before a long unit: "a m" is no
   * figure.
   */
  static Optional<Found> find(String text, int from) {
    Optional<Found> whole = wholeFigure(text, from);
    Matcher m = PART_PATTERN.matcher(text);
    int search = from;
    while (m.find(search)) {
      search = m.end();
      String lead = text.substring(Math.max(0, m.start() - 12), m.start());
      if (RANGE_BEFORE.matcher(lead).find() || CLOCK_MINUTE.matcher(lead).find()) {
        continue;
      }
      if (whole.isPresent() && whole.get().start() < m.start()) {
        return whole;
      }
      double seconds = seconds(m);
      int start = m.start();
      // "1 time og 20 minutter": the Scandinavian hour is no unit alone (it is the English
      // "time"), but before "og"/"och" and minutes it is the figure's first part.
      Matcher hours = HOURS_BEFORE.matcher(text).region(Math.max(from, m.start() - 24), m.start());
      if (hours.find() && seconds < 3600) {
        seconds += Double.parseDouble(hours.group(1)) * 3600;
        start = hours.start();
      }
      int end = m.end();
      // "1 h 30", "2h15": the minutes after the hour without a unit, as French and German write
      // a duration; read only after an hour written "h" or "heure(s)", where no other number can
      // follow.
      Matcher minutes = HOUR_MINUTES.matcher(text).region(end, text.length());
      if (isHour(m) && minutes.lookingAt()) {
        seconds += Integer.parseInt(minutes.group(1)) * 60;
        return Optional.of(
            new Found(Duration.ofSeconds(Math.round(seconds)), start, minutes.end()));
      }
      while (m.find(end)
          && JOIN.matcher(text.substring(end, m.start())).matches()
          && (m.group(3) == null || m.group(3).length() > 2)) { // "2 hours a day" is one figure
        seconds += seconds(m);
        end = m.end();
      }
      // "2 hours to 3 hours" is a range too.
      if (RANGE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
        continue;
      }
      return Optional.of(new Found(Duration.ofSeconds(Math.round(seconds)), start, end));
    }
    return whole;
  }

  /**
   * The first figure written whole rather than in parts ("half an hour", {@code PT1H30M}) at or
   * after {@code from}; parts found before it come first.
   */
  private static Optional<Found> wholeFigure(String text, int from) {
    Optional<Found> first = Optional.empty();
    if (holdsHalf(text, from)) {
      Matcher half = HALF_HOUR.matcher(text);
      if (half.find(from)) {
        first = Optional.of(new Found(Duration.ofMinutes(30), half.start(), half.end()));
      }
    }
    if (text.indexOf('P', from) < 0) {
      return first; // every ISO 8601 duration opens with its capital P
    }
    Matcher iso = ISO.matcher(text);
    int search = from;
    while (iso.find(search) && (first.isEmpty() || iso.start() < first.get().start())) {
      search = iso.end();
      if (iso.end() - iso.start() <= 2) {
        continue; // "P" or "PT" alone
      }
      long seconds = 0;
      // A year of 365 days and a month of 30, as the parts above count them.
      int[] unit = {365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60};
      for (int g = 1; g <= 6; g++) {
        seconds += iso.group(g) == null ? 0 : Long.parseLong(iso.group(g)) * unit[g - 1];
      }
      double s = iso.group(7) == null ? 0 : Double.parseDouble(iso.group(7));
      Duration d = Duration.ofSeconds(seconds + Math.round(s));
      return Optional.of(new Found(d, iso.start(), iso.end()));
    }
    return first;
  }

  private static boolean isHour(Matcher m) {
    String unit = m.group(1) != null ? m.group(2).toLowerCase(Locale.ROOT) : "";
    return unit.equals("h") || unit.startsWith("heure") || unit.equals("std");
  }

  /**
   * Whether "half" (in any case, as {@link #HALF_HOUR} reads it) stands at or after {@code from}:
   * most sentences hold none, and this look costs far less than the pattern's try at every place.
   */
  private static boolean holdsHalf(String text, int from) {
    for (int i = Math.max(0, from); i + 4 <= text.length(); i++) {
      if ((text.charAt(i) | 0x20) == 'h' && text.regionMatches(true, i, "half", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static double seconds(Matcher m) {
    double n = m.group(1) != null ? Double.parseDouble(m.group(1)) : words(m.group(3));
    String unit = (m.group(1) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
    Integer foreign = FOREIGN_UNITS.get(unit);
    if (foreign != null) {
      return n * foreign;
    }
    if (unit.startsWith("month")) {
      return n * 30 * 86400; // a month as 30 days: "about two months" is 60 days
    }
    return switch (unit.charAt(0)) {
      case 'w' -> n * 7 * 86400;
      case 'd' -> n * 86400;
      case 'h' -> n * 3600;
      case 'm' -> n * 60;
      default -> n;
    };
  }

  private static Map<String, Integer> foreignUnits() {
    Map<String, Integer> units = new java.util.HashMap<>();
    int minute = 60;
    int hour = 3600;
    int day = 86400;
    for (String w :
        List.of(
            "minuten",
            "minuter",
            "minutter",
            "minutos",
            "minuto",
            "минуты",
            "минут",
            "мин",
            "분",
            "分钟",
            "分鐘",
            "分間",
            // "約58分", "1時間30分": the minute alone, in Japanese and Chinese; a time of day
            // ("14時30分") is no figure (CLOCK_MINUTE).
            "分")) {
      units.put(w, minute);
    }
    for (String w :
        List.of(
            "stunden", "stunde", "std", "heures", "heure", "horas", "hora", "timer", "timmar",
            "timme", "uur", "часов", "часа", "час", "시간", "時間", "小时", "小時")) {
      units.put(w, hour);
    }
    for (String w :
        List.of(
            "tagen", "tage", "jours", "jour", "días", "dias", "dagen", "dagar", "dager", "døgn",
            "дней", "дня", "день", "суток", "日間")) {
      units.put(w, day);
    }
    for (String w : List.of("wochen", "semaines", "semanas", "uker", "veckor", "weken", "недель")) {
      units.put(w, 7 * day);
    }
    return Map.copyOf(units);
  }

  private static double words(String words) {
    double n = 0;
    for (String w : words.toLowerCase(Locale.ROOT).split("[- ]", -1)) {
      n += WORDS.getOrDefault(w, 0);
    }
    return n;
  }
}
