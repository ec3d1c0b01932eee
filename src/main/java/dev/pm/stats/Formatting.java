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

  /**
   * The median incident figures as one line ("median duration 1 h 5 min, median mttr 40 min"), the
   * same words in every output that shows them; empty when no incident states or gives one.
   */
  static java.util.Optional<String> medianFigures(StatsResult r, String separator) {
    if (r.medianDurations().isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    r.medianDurations().forEach((k, v) -> parts.add("median " + k.wireName() + " " + duration(v)));
    return java.util.Optional.of(String.join(separator, parts));
  }

  static String days(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
