package dev.pm.stats;

import java.time.Duration;
import java.util.Locale;

/** Number and duration wording shared by the human-readable renderers. */
final class Formatting {

  private Formatting() {}

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.0f%%", rate * 100);
  }

  /**
   * Done among the items not cancelled, or {@code -} when there are none: 0% would say none were
   * done.
   */
  static String completion(Counts counts) {
    return counts.total() == counts.cancelled() ? "-" : percent(counts.completionRate());
  }

  static String duration(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    if (hours >= 48) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    return hours > 0 ? hours + " h " + minutes + " min" : d.toMinutes() + " min";
  }

  static String days(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
