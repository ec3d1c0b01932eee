package dev.pm.read;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * An incident's start and end when the document states both, as {@link IncidentTimes} reads them.
 *
 * <p>Why it exists: lint (PM603 compares a labelled duration with a labelled start and end) and
 * {@code pm stats} (which takes end minus start as the duration when the document states none) must
 * measure the same span, so there is one record for both.
 *
 * @param start the stated start
 * @param end the stated end
 * @param timed whether both state a time of day; a span of dates only ("Reported on 2018-08-22",
 *     "Resolved on 2018-08-24") gives no duration, as it would be a guess to the day
 * @param labelled whether both come from labelled values, the only span PM603 compares
 * @param startsAtNotice whether the start is when the incident was noticed ({@code Detected},
 *     {@code Reported on}), not when it began: end minus start is then not the incident's length,
 *     and no duration or MTTD is computed from it
 */
public record IncidentSpan(
    LocalDateTime start,
    LocalDateTime end,
    boolean timed,
    boolean labelled,
    boolean startsAtNotice) {

  /** Whether end minus start measures the incident: both have a time and the start is no notice. */
  public boolean measuresIncident() {
    return timed && !startsAtNotice;
  }

  /**
   * End minus start, plus a day when that is negative: an incident that crossed midnight, written
   * with times only.
   */
  public Duration length() {
    return Duration.between(start, measuredEnd());
  }

  /**
   * The end {@link #length} measures to: on the next day when it is written before the start (an
   * incident that crossed midnight, written with times only).
   */
  public LocalDateTime measuredEnd() {
    return end.isBefore(start) ? end.plusDays(1) : end;
  }
}
