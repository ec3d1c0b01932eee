package dev.pm.read;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Of several durations a document states under labels ("Duration of degradation: 2h", "Outage
 * duration: 25 min", "Total duration: 3h 10m"), the one for the whole incident: a label that says
 * it is the whole ("total", "overall"); else, where two or more labels name the incident or an
 * outage, the longest of those, since each of the others covers a part of it; else the first, as
 * when only one is stated.
 */
final class WholeIncidentDuration {

  /** A duration as a label states it. */
  record Stated(String label, Duration duration) {}

  /** Words that make a label the whole incident's length, in a few languages. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:total|overall|whole|entire|end[- ]to[- ]end|cumulative|gesamt\\w*|totale?|insgesamt)(?!\\p{L})");

  /** Words that make a label the length of the incident or of an outage within it. */
  private static final Pattern INCIDENT_OR_OUTAGE =
      Pattern.compile("(?i)\\b(?:incident|outage|downtime)\\b");

  private WholeIncidentDuration() {}

  static Optional<Duration> choose(List<Stated> stated) {
    Optional<Stated> whole =
        stated.stream().filter(s -> WHOLE.matcher(s.label()).find()).findFirst();
    if (whole.isPresent()) {
      return whole.map(Stated::duration);
    }
    List<Stated> named =
        stated.stream().filter(s -> INCIDENT_OR_OUTAGE.matcher(s.label()).find()).toList();
    if (named.size() >= 2) {
      return named.stream().map(Stated::duration).max(Comparator.naturalOrder());
    }
    return stated.stream().findFirst().map(Stated::duration);
  }
}
