package dev.pm.read;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads stated durations: {@code 2 hours 15 minutes}, {@code 2h 30m}, {@code 45 min},
 * {@code 01:30:00}, {@code 1.5 hours}.
 */
public final class Durations {

  private static final Pattern CLOCK = Pattern.compile("^\\s*(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?\\s*$");
  private static final Pattern PART =
      Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\\b");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    Matcher clock = CLOCK.matcher(text);
    if (clock.matches()) {
      long seconds = Long.parseLong(clock.group(1)) * 3600 + Long.parseLong(clock.group(2)) * 60
          + (clock.group(3) == null ? 0 : Long.parseLong(clock.group(3)));
      return Optional.of(Duration.ofSeconds(seconds));
    }
    Matcher m = PART.matcher(text);
    double seconds = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      double n = Double.parseDouble(m.group(1));
      char unit = Character.toLowerCase(m.group(2).charAt(0));
      seconds += switch (unit) {
        case 'd' -> n * 86400;
        case 'h' -> n * 3600;
        case 'm' -> n * 60;
        default -> n;
      };
    }
    return any ? Optional.of(Duration.ofSeconds(Math.round(seconds))) : Optional.empty();
  }
}
