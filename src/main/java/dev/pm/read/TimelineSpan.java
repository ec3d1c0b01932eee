package dev.pm.read;

import dev.pm.model.TimelineEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The incident's start and end as its timeline states them in words: the entry that says impact
 * began ("error rate on checkout started to rise", "partners began receiving 502 errors", {@link
 * ImpactOnset}) and the first entry after it that records the resolution ("error rates back to
 * normal; incident resolved", "service restored"), the same entries {@link TimelineFigures}
 * measures MTTx between.
 *
 * <p>Only a timeline that names the onset gives a start: its first entry is often a deploy or a
 * change that caused nothing yet, and "Root cause detected" or "187 GB of space recovered" are
 * steps of the response, so without the onset no entry is taken as the start or the end.
 */
final class TimelineSpan {

  /**
   * A resource won back, a step of the response: "187 GB of space recovered", "data restored from
   * the backup".
   */
  private static final Pattern RESOURCE_RECOVERED =
      Pattern.compile(
          "(?i)\\b(?:space|memory|disk|storage|capacity|data|files?|backups?|snapshots?|bytes|[kmgt]i?b)\\b[^.;]{0,30}?\\b(?:recovered|restored|reclaimed)\\b");

  private TimelineSpan() {}

  /** The onset the timeline names, before any detection it records. */
  static Optional<LocalDateTime> start(List<TimelineEntry> timeline) {
    LocalDateTime detected = TimelineFigures.first(timeline, TimelineFigures.DETECTED, null);
    return ImpactOnset.first(timeline, detected);
  }

  /**
   * The first entry that records the resolution after {@code start}, and after the detection when
   * the timeline records one: a "restored" before anyone noticed is no end of this incident.
   */
  static Optional<LocalDateTime> end(List<TimelineEntry> timeline, LocalDateTime start) {
    LocalDateTime detected = TimelineFigures.first(timeline, TimelineFigures.DETECTED, start);
    LocalDateTime from = detected != null ? detected : start;
    return Optional.ofNullable(resolvedAt(timeline, from)).filter(end -> end.isAfter(start));
  }

  /**
   * The time of the first entry not before {@code notBefore} that records the resolution, a
   * resource won back ("187 GB of space recovered") being a step, not the resolution.
   */
  static LocalDateTime resolvedAt(List<TimelineEntry> timeline, LocalDateTime notBefore) {
    for (TimelineEntry entry : timeline) {
      String text = entry.timeText() + " " + entry.event();
      if (entry.time().isPresent()
          && !entry.time().get().isBefore(notBefore)
          && TimelineFigures.RESOLVED.matcher(text).find()
          && !RESOURCE_RECOVERED.matcher(text).find()) {
        return entry.time().get();
      }
    }
    return null;
  }
}
