package dev.pm.read;

import dev.pm.model.TimelineEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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
    return Optional.ofNullable(TimelineFigures.first(timeline, TimelineFigures.RESOLVED, from))
        .filter(end -> end.isAfter(start));
  }
}
