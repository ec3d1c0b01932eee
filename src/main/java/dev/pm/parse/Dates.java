package dev.pm.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict calendar dates: {@code 2026-01-010} and {@code 2026-02-30} are not dates. */
public final class Dates {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern FIRST = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

  private Dates() {}

  /** The date when the whole text (trimmed) is one, else empty. */
  public static Optional<LocalDate> parse(String text) {
    String t = text.trim();
    if (!SHAPE.matcher(t).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t, ISO));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final Pattern LENIENT = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

  /**
   * A real date written year first with other separators or unpadded ({@code 2026/3/5}, {@code
   * 2026.03.05}, {@code 2026-3-5}): what {@code pm lint --fix} rewrites as ISO.
   */
  /**
   * Why {@code text} is not a date, for messages: {@code 2026-13-01} has the form and is "not a
   * real date"; {@code 14/03/2026} is "not a date written YYYY-MM-DD".
   */
  public static String problem(String text) {
    return text.trim().matches("\\d{4}-\\d{2}-\\d{2}")
        ? "not a real date"
        : "not a date written YYYY-MM-DD";
  }

  public static Optional<LocalDate> lenient(String text) {
    Matcher m = LENIENT.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The first ISO date inside a longer text. */
  public static Optional<LocalDate> find(String text) {
    Matcher m = FIRST.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = parse(m.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
