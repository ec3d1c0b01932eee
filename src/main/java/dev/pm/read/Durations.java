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
      Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(days?|d|hours?|hrs?|hr|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])");
  /** What may stand between the parts of one figure: "16h 45m", "1 hour and 31 minutes", "2 hours, 5 minutes". */
  private static final Pattern JOIN = Pattern.compile("(?i)\\s*(?:,|and)?\\s*");

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
    int end = -1;
    // Only the first figure: "~1h44m (then 20m more)" is 1h44m, never a sum of several figures.
    while (m.find() && (end < 0 || JOIN.matcher(text.substring(end, m.start())).matches())) {
      end = m.end();
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
