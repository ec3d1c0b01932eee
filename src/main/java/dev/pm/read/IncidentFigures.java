package dev.pm.read;

import dev.pm.model.MetadataEntry;
import dev.pm.model.TimelineEntry;
import dev.pm.schema.MetadataSpec;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The incident's figures ({@code duration}, {@code mttd}, {@code mtta}, {@code mttr}), each the
 * first the document states, else computed.
 *
 * <p>Stated, in this order: a labelled value ({@code Duration: 16h 45m}, {@code | Total downtime |
 * ~2h |}, {@code Time to detection: 54 minutes}), then a sentence ({@link ProseFigures}). Computed,
 * only where nothing is stated: the duration as end minus start when both are stated with a time of
 * day, MTTx from the timeline ({@link TimelineFigures}), and the MTTR as end minus start where no
 * resolution entry gives it.
 *
 * @param all every figure found, stated or computed
 * @param computed the keys of those computed rather than stated
 */
record IncidentFigures(Map<String, Duration> all, Set<String> computed) {

  /**
   * Labels of the incident's length: "Duration", "Total downtime", "Outage length", "Impact
   * duration".
   */
  private static final Pattern DURATION_LABEL =
      Pattern.compile(
          "^(?:(?:total|incident|outage|impact|approximate|approx|overall|cumulative|customer|downtime)\\s+)*(?:duration|downtime|outage length|length of (?:the\\s+)?(?:outage|incident|impact)|duration of (?:the\\s+)?(?:full\\s+|total\\s+|partial\\s+|customer\\s+)?(?:outage|incident|impact|downtime|disruption|degradation)|time down|outage time|impact window|impact length|incident length|disruption length|length|"
              + FigureLabels.DURATION_WORDS
              + ")(?:\\s*\\(.*\\))?$");

  private static final Pattern REPAIR =
      Pattern.compile("\\bmttr\\b|time to (?:repair|recover|mitigate)");

  static IncidentFigures read(
      List<MetadataEntry> metadata,
      MetadataSpec labels,
      IncidentTimes times,
      List<String> sentences,
      List<TimelineEntry> timeline) {
    Optional<IncidentSpan> span = times.span();
    Map<String, Duration> found = new LinkedHashMap<>();
    List<WholeIncidentDuration.Stated> durations = new ArrayList<>();
    // "Time to repair: 0h 16m" over "Time to resolve: 0h 22m": where both are stated, repair is
    // the MTTR and resolve runs from the fault to the resolution, the incident's length.
    // "Time to Resolve (MTTR)" says which it is.
    boolean repairStated =
        metadata.stream()
            .map(e -> e.label().toLowerCase(Locale.ROOT))
            .anyMatch(l -> !l.contains("time to resolve") && REPAIR.matcher(l).find());
    for (MetadataEntry entry : metadata) {
      String label = entry.label().toLowerCase(Locale.ROOT);
      String figure =
          repairStated && label.contains("time to resolve") && !label.contains("mttr")
              ? "duration"
              : figureOf(entry, labels);
      if ("duration".equals(figure)) {
        // Several may be stated (a phase, the outage, the total): chosen after all are seen.
        Durations.parse(entry.value())
            .ifPresent(d -> durations.add(new WholeIncidentDuration.Stated(label, d)));
        continue;
      }
      if (figure != null) {
        if (!found.containsKey(figure)) {
          Durations.parse(entry.value()).ifPresent(d -> found.put(figure, d));
        }
        continue;
      }
      // Labels of MTTx in other words and languages ("Detection delay", "Zeit bis zur Behebung"),
      // whose value counts only when it is the figure, and a bare "Detection" label whose value
      // says how long after the fault it came.
      Optional<String> named = FigureLabels.kindOf(label);
      if (named.isPresent()) {
        if (!found.containsKey(named.get())) {
          FigureLabels.value(entry.value()).ifPresent(d -> found.put(named.get(), d));
        }
      } else if (!found.containsKey("mttd")) {
        FigureLabels.detectionValue(label, entry.value()).ifPresent(d -> found.put("mttd", d));
      }
    }
    WholeIncidentDuration.choose(durations).ifPresent(d -> found.put("duration", d));
    // A label is the figure stated on purpose; a sentence's figure comes after it.
    ProseFigures.read(sentences).forEach(found::putIfAbsent);
    Map<String, Duration> computed = new LinkedHashMap<>();
    // When both are there, the stated duration wins: it is the figure the authors wrote down on
    // purpose, while start and end may bound something else (first impact to all-clear, say), and
    // where the two differ by more than a minute lint reports PM603 on the same IncidentSpan.
    // A span that is zero, or still negative after IncidentSpan's midnight rule, is a typo; a span
    // of dates only would be a guess to the day; a span from when it was noticed ("Detected") is
    // the time to resolve it, not its length.
    span.filter(IncidentSpan::measuresIncident)
        .map(IncidentSpan::length)
        .filter(d -> !d.isNegative() && !d.isZero())
        .ifPresent(d -> computed.put("duration", d));
    TimelineFigures.compute(timeline, span).forEach(computed::put);
    // A labelled detection time ("Detected: 14:25 UTC", "検知日時") is the moment the document
    // states on purpose, so it measures MTTD over the timeline's first entry that sounds like one.
    detectionDelay(times).ifPresent(d -> computed.put("mttd", d));
    // MTTR runs from the start to the resolution: where no resolution entry gives it, the stated
    // end is the resolution, when both sides have a time of day (a date alone is no measure).
    if (!computed.containsKey("mttr")) {
      span.filter(IncidentSpan::measuresIncident)
          .filter(s -> timeOfDay(s.start()) && timeOfDay(s.end()))
          .map(IncidentSpan::length)
          .filter(d -> !d.isNegative() && !d.isZero())
          .ifPresent(d -> computed.put("mttr", d));
    }
    computed.keySet().removeAll(found.keySet());
    Map<String, Duration> all = new LinkedHashMap<>(found);
    all.putAll(computed);
    return new IncidentFigures(Map.copyOf(all), Set.copyOf(computed.keySet()));
  }

  /**
   * The labelled detection time minus a stated start with a time of day; nothing when detection
   * comes before the start, which is a misreading rather than a figure.
   */
  private static Optional<Duration> detectionDelay(IncidentTimes times) {
    if (times.detected().isEmpty() || times.start().filter(IncidentFigures::timeOfDay).isEmpty()) {
      return Optional.empty();
    }
    Duration d = Duration.between(times.start().get(), times.detected().get());
    return d.isNegative() ? Optional.empty() : Optional.of(d);
  }

  private static boolean timeOfDay(LocalDateTime t) {
    return !t.toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  private static String figureOf(MetadataEntry entry, MetadataSpec labels) {
    String label = entry.label().toLowerCase(Locale.ROOT);
    if (label.contains("mttd") || label.contains("time to detect")) {
      return "mttd";
    }
    if (label.contains("mtta") || label.contains("time to acknowledge")) {
      return "mtta";
    }
    if (label.contains("mttr")
        || label.contains("time to resolve")
        || label.contains("time to repair")
        || label.contains("time to recover")
        || label.contains("time to mitigate")) {
      return "mttr";
    }
    boolean duration =
        labels.keyForLabel(entry.key()).filter("duration"::equals).isPresent()
            || DURATION_LABEL.matcher(entry.key()).matches();
    return duration ? "duration" : null;
  }
}
